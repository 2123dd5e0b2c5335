using System.Text.Json.Nodes;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Processes;

namespace LlmWatch.Cli.Tests.Commands;

/// <summary>serverless.template's alarms and dashboards are exactly what the models generate.</summary>
public class TemplateSyncCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("llmwatch-template-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Copy()
    {
        var path = Path.Combine(_dir.FullName, "serverless.template");
        File.Copy(RepoFiles.Path("serverless.template"), path);
        return path;
    }

    [Fact]
    public async Task Repository_template_agrees_with_the_generator()
    {
        var run = await Cli.RunAsync("template-sync", "--check", "--template", RepoFiles.Path("serverless.template"));

        Assert.True(run.ExitCode == 0, "serverless.template is out of date; run `make template-sync`:\n" + run.Out);
    }

    [Fact]
    public async Task Sync_of_an_up_to_date_template_changes_no_byte()
    {
        var path = Copy();
        var before = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        var run = await Cli.RunAsync("template-sync", "--template", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_hand_edited_alarm_is_reported_and_sync_restores_it()
    {
        var path = Copy();
        var template = JsonNode.Parse(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken))!.AsObject();
        template["Resources"]!["AccessDenied"]!["Properties"]!["Threshold"] = 3;
        await File.WriteAllTextAsync(path, template.ToJsonString(), TestContext.Current.CancellationToken);

        var check = await Cli.RunAsync("template-sync", "--check", "--template", path);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("Resources.AccessDenied differs from the generator", check.Out, StringComparison.Ordinal);

        Assert.Equal(0, (await Cli.RunAsync("template-sync", "--template", path)).ExitCode);
        Assert.Equal(0, (await Cli.RunAsync("template-sync", "--check", "--template", path)).ExitCode);
    }

    [Fact]
    public async Task A_stale_readme_metric_table_is_reported_and_sync_rewrites_it_from_the_schema()
    {
        var template = Copy();
        var readme = Path.Combine(_dir.FullName, "README.md");
        var original = await File.ReadAllTextAsync(RepoFiles.Path("README.md"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(readme, original.Replace("| `LatencyUnavailable` | Count |", "| `LatencyUnavailable` | None |", StringComparison.Ordinal)
            .Replace("| `JudgeDropped` | Count | samples without a valid verdict after the retry |\n", "", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var check = await Cli.RunAsync("template-sync", "--check", "--template", template);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("README.md: the metric tables differ from the metric schema", check.Out, StringComparison.Ordinal);

        Assert.Equal(0, (await Cli.RunAsync("template-sync", "--template", template)).ExitCode);
        Assert.Equal(original, await File.ReadAllTextAsync(readme, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_readme_without_a_metric_table_section_is_an_error_naming_the_section()
    {
        var readme = Path.Combine(_dir.FullName, "NOTES.md");
        await File.WriteAllTextAsync(readme, "<!-- metrics LlmWatch -->\n<!-- /metrics -->\n", TestContext.Current.CancellationToken);

        var run = await Cli.RunAsync("template-sync", "--check", "--template", Copy(), "--readme", readme);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("NOTES.md: no '<!-- metrics LlmWatch/Quality -->'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sam_transform_expands_per_model_alarms_composites_and_dashboards()
    {
        var script = RepoFiles.Path("test/LlmWatch.Functions.Tests/Template/sam_translate.py");
        var run = await ProcessRunner.RunAsync("python3", [script, RepoFiles.Path("serverless.template")], cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, run.Combined);
        var resources = JsonNode.Parse(run.StandardOutput)!["Resources"]!.AsObject();

        string Type(string id) => resources[id]!["Type"]!.GetValue<string>();
        foreach (var model in new[] { "usanthropicclaudesonnet420250514v10", "amazonnovalitev10" })
        {
            Assert.Equal("AWS::CloudWatch::Alarm", Type($"LatencyP95Warning{model}"));
            Assert.Equal("AWS::CloudWatch::Alarm", Type($"ErrorRateCritical{model}"));
            Assert.Equal("AWS::CloudWatch::Alarm", Type($"TokenAnomaly{model}"));
            Assert.Equal("AWS::CloudWatch::CompositeAlarm", Type($"LatencyAndErrors{model}"));
        }
        Assert.Equal(4, resources.Count(r => r.Value!["Type"]!.GetValue<string>() == "AWS::CloudWatch::Dashboard"));
        Assert.Equal("AWS::SNS::Topic", Type("AlarmTopic"));
        var dimension = resources["LatencyP95Warningamazonnovalitev10"]!["Properties"]!["Metrics"]![0]!["MetricStat"]!["Metric"]!["Dimensions"]![0]!;
        Assert.Equal("amazon.nova-lite-v1:0", dimension["Value"]!.GetValue<string>());
        Assert.Equal("Delete", resources["MetricsFunctionLogGroup"]!["DeletionPolicy"]!.GetValue<string>());
    }
}
