using System.Text.Json.Nodes;
using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Dashboards;
using LlmWatch.Core.Templates;

namespace LlmWatch.Core.Tests.Templates;

public class TemplateFragmentTests
{
    private static readonly AlarmModel Model = AlarmCatalog.Create(new AlarmModelOptions(["MetricsFunction"], ["JudgeDeadLetterQueue"]));
    private static readonly TemplateFragment Fragment = TemplateFragmentBuilder.Build(Model, DashboardCatalog.Create(Model));

    private static IEnumerable<(string Id, JsonObject Resource)> Alarms()
    {
        var resources = Fragment.Owned["Resources"];
        foreach (var (key, value) in resources)
        {
            if (value is JsonArray loop)
            {
                foreach (var (innerKey, inner) in (JsonObject)loop[2]!) yield return (innerKey, (JsonObject)inner!);
            }
            else if (value!["Type"]!.GetValue<string>().StartsWith("AWS::CloudWatch::", StringComparison.Ordinal)
                && value["Type"]!.GetValue<string>() != "AWS::CloudWatch::Dashboard")
            {
                yield return (key, (JsonObject)value);
            }
        }
    }

    [Fact]
    public void Every_alarm_goes_to_the_alarm_topic_with_a_runbook_and_threshold_source_within_cloudwatch_limits()
    {
        var alarms = Alarms().ToList();
        Assert.True(alarms.Count >= 25, $"only {alarms.Count} alarms");
        Assert.Contains(alarms, a => a.Id == "MetricsFunctionErrors");
        Assert.Contains(alarms, a => a.Id == "JudgeDeadLetterQueueDepth");
        Assert.All(alarms, a =>
        {
            var props = a.Resource["Properties"]!;
            var description = props["AlarmDescription"]!.GetValue<string>();
            Assert.InRange(description.Length, 1, 1024);
            Assert.Contains("Runbook:", description, StringComparison.Ordinal);
            Assert.Contains("Threshold source:", description, StringComparison.Ordinal);
            Assert.Equal("AlarmTopic", props["AlarmActions"]![0]!["Ref"]!.GetValue<string>());
        });
    }

    [Fact]
    public void Metric_math_ids_are_valid_and_each_alarm_returns_one_series()
    {
        foreach (var alarm in AlarmCatalog.Create().Alarms)
        {
            Assert.All(alarm.Queries, q => Assert.Matches("^[a-z][A-Za-z0-9_]*$", q.Id));
            Assert.Equal(alarm.Queries.Count, alarm.Queries.Select(q => q.Id).Distinct().Count());
            Assert.NotNull(alarm.ReturnQuery);
            Assert.False(string.IsNullOrWhiteSpace(alarm.Source));
        }
    }

    [Fact]
    public void Per_model_alarms_loop_over_the_model_ids_parameter()
    {
        var loop = (JsonArray)Fragment.Owned["Resources"][AlarmResourceWriter.ModelLoop]!;
        Assert.Equal("ModelId", loop[0]!.GetValue<string>());
        Assert.Equal("ModelIds", loop[1]!["Ref"]!.GetValue<string>());
        Assert.Contains("LatencyP95Warning&{ModelId}", ((JsonObject)loop[2]!).Select(p => p.Key));
    }

    [Fact]
    public void Sync_then_compare_agrees_and_a_hand_edit_is_reported()
    {
        var template = new JsonObject { ["Transform"] = "AWS::Serverless-2016-10-31", ["Resources"] = new JsonObject() };
        TemplateSync.Apply(template, Fragment);
        Assert.Empty(TemplateSync.Compare(template, Fragment));
        Assert.Equal("AWS::LanguageExtensions", template["Transform"]![0]!.GetValue<string>());

        template["Parameters"]!["LatencySlaMs"]!["Default"] = "9000";
        Assert.Equal(["Parameters.LatencySlaMs differs from the generator"], TemplateSync.Compare(template, Fragment));
    }

    [Fact]
    public void Sync_removes_what_it_generated_before_and_keeps_everything_else()
    {
        var template = new JsonObject
        {
            ["Resources"] = new JsonObject { ["MetricsFunction"] = new JsonObject { ["Type"] = "AWS::Serverless::Function" } },
        };
        TemplateSync.Apply(template, Fragment);
        template["Resources"]!["OldAlarm"] = new JsonObject { ["Type"] = "AWS::CloudWatch::Alarm" };
        ((JsonArray)template["Metadata"]![TemplateSync.MetadataKey]!["Resources"]!).Add("OldAlarm");
        Assert.Contains("Resources.OldAlarm is generated no more but still present", TemplateSync.Compare(template, Fragment));

        TemplateSync.Apply(template, Fragment);

        Assert.False(((JsonObject)template["Resources"]!).ContainsKey("OldAlarm"));
        Assert.True(((JsonObject)template["Resources"]!).ContainsKey("MetricsFunction"));
        Assert.True(((JsonObject)template["Resources"]!).ContainsKey("AlarmTopic"));
    }

    [Fact]
    public void Dashboard_bodies_are_json_once_substituted_and_small_enough()
    {
        var model = AlarmCatalog.Create();
        var values = DashboardValues.For(model, "eu-west-1", "prod", "111122223333");
        foreach (var dashboard in DashboardCatalog.Create(model))
        {
            foreach (var withConditional in new[] { false, true })
            {
                var body = CloudWatchDashboardRenderer.Resolve(CloudWatchDashboardRenderer.Render(dashboard, withConditional), values);
                Assert.DoesNotContain("${", body, StringComparison.Ordinal);
                var json = JsonNode.Parse(body)!;
                Assert.True(body.Length < 100_000, $"{dashboard.Title} body is {body.Length} chars");
                var widgets = json["widgets"]!.AsArray();
                Assert.NotEmpty(widgets);
                Assert.All(widgets, w => Assert.InRange(w!["x"]!.GetValue<int>() + w["width"]!.GetValue<int>(), 1, 24));
                Assert.Contains("eu-west-1", body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Quality_dashboard_draws_the_85_and_95_lines()
    {
        var model = AlarmCatalog.Create();
        var quality = DashboardCatalog.Create(model).Single(d => d.Title == "Quality");
        var body = JsonNode.Parse(CloudWatchDashboardRenderer.Resolve(CloudWatchDashboardRenderer.Render(quality, false),
            DashboardValues.For(model, "us-east-1", "s", "1")))!;
        var composite = body["widgets"]!.AsArray().First(w => w!["properties"]!["title"]?.GetValue<string>() == "Composite quality by model")!;
        var lines = composite["properties"]!["annotations"]!["horizontal"]!.AsArray().Select(l => l!["value"]!.GetValue<double>());
        Assert.Equal([85.0, 95.0], lines);
    }

    [Fact]
    public void Operations_dashboard_has_the_sagemaker_row_only_in_the_conditional_body()
    {
        var ops = DashboardCatalog.Create(AlarmCatalog.Create()).Single(d => d.Title == "Operations");
        Assert.DoesNotContain("GPUUtilization", CloudWatchDashboardRenderer.Render(ops, false), StringComparison.Ordinal);
        Assert.Contains("GPUUtilization", CloudWatchDashboardRenderer.Render(ops, true), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MetricsFunction", "metrics-function")]
    [InlineData("GPUMemoryUtilizationNormalized", "gpu-memory-utilization-normalized")]
    [InlineData("SageMakerComponent", "sagemaker-component")]
    [InlineData("JudgeDLQ", "judge-dlq")]
    public void Alarm_names_are_kebab_case_with_acronyms_kept_together(string pascal, string kebab) =>
        Assert.Equal(kebab, AlarmCatalog.Kebab(pascal));
}
