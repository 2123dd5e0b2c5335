using System.Text.Json.Nodes;
using LlmWatch.Core.Metrics.Schema;
using LlmWatch.Core.Tests.Templates;

namespace LlmWatch.Core.Tests.Metrics.Schema;

/// <summary>
/// Every metric an alarm or dashboard in serverless.template reads exists: LlmWatch's EMF writers emit it (with those
/// dimensions), or the schema declares it as an AWS service's metric.
/// </summary>
public class TemplateReadsPublishedMetricsTests
{
    private const string Sonnet = "us.anthropic.claude-sonnet-4-20250514-v1:0";

    [Fact]
    public void Every_alarm_and_dashboard_reads_a_declared_metric_with_a_published_dimension_set_and_a_meaningful_statistic()
    {
        var reads = TemplateMetricReads.Of(new DeployedTemplate(Sonnet));

        Assert.Empty(reads.Select(r => r.Problem()).OfType<string>());
        Assert.Contains(reads, r => r.Where.StartsWith("alarm ", StringComparison.Ordinal) && r.Namespace == MetricNamespaces.Quality);
        Assert.Contains(reads, r => r.Where.StartsWith("dashboard ", StringComparison.Ordinal) && r.Namespace == MetricNamespaces.Bedrock);
        Assert.True(reads.Count > 100, $"only {reads.Count} reads found");
    }

    [Fact]
    public void What_the_template_reads_from_LlmWatch_is_what_the_EMF_writers_really_write()
    {
        var written = EmittedMetrics.MetricsFunction().Concat(EmittedMetrics.Judge()).Select(m => (m.Namespace, m.Name)).ToHashSet();
        var reads = TemplateMetricReads.Of(new DeployedTemplate(Sonnet));

        foreach (var read in reads)
        {
            var metric = MetricSchema.Find(read.Namespace, read.MetricName);
            Assert.NotNull(metric);
            if (metric.Group.IsEmitted)
                Assert.True(written.Contains((read.Namespace, read.MetricName)), $"{read.Where}: no EMF writer writes {metric}");
            else
                Assert.Equal(MetricProducer.Aws, metric.Group.Producer);
        }
        Assert.Contains(reads, r => MetricSchema.Find(r.Namespace, r.MetricName)!.Group.IsEmitted);
    }

    [Fact]
    public void Every_AWS_metric_the_schema_declares_is_read_by_an_alarm_or_a_dashboard()
    {
        var read = TemplateMetricReads.Of(new DeployedTemplate(Sonnet)).Select(r => (r.Namespace, r.MetricName)).ToHashSet();

        Assert.All(MetricSchema.All.Where(m => !m.Group.IsEmitted), m => Assert.Contains((m.Namespace, m.Name), read));
    }

    [Fact]
    public void An_alarm_or_widget_reading_a_metric_nothing_emits_or_an_unpublished_dimension_set_is_reported()
    {
        var template = new DeployedTemplate(Sonnet);
        var resources = template.Root["Resources"]!;
        resources["AccessDenied"]!["Properties"]!["Metrics"]![0]!["MetricStat"]!["Metric"]!["MetricName"] = "AccessDeniedErrorz";
        resources["UnpricedTokens"]!["Properties"]!["Metrics"]![0]!["MetricStat"]!["Metric"]!["Dimensions"] =
            new JsonArray(new JsonObject { ["Name"] = "Reason", ["Value"] = "NotJson" });
        var cost = resources["CostDashboard"]!["Properties"]!["DashboardBody"]!.AsObject();
        cost["Fn::Sub"] = cost["Fn::Sub"]!.GetValue<string>().Replace("MetricName=\\\"CostUsd\\\"", "MetricName=\\\"CostUSD\\\"", StringComparison.Ordinal);
        var quality = resources["QualityDashboard"]!["Properties"]!["DashboardBody"]!.AsObject();
        quality["Fn::Sub"] = quality["Fn::Sub"]!.GetValue<string>().Replace("'p95'", "'p95', 'extra'", StringComparison.Ordinal)
            .Replace("MetricName=\\\"JudgedResponses\\\"', 'Sum'", "MetricName=\\\"JudgedResponses\\\"', 'p90'", StringComparison.Ordinal);

        var problems = TemplateMetricReads.Of(template).Select(r => r.Problem()).OfType<string>().ToList();

        Assert.Contains(problems, p => p.StartsWith("alarm AccessDenied query denied reads LlmWatch AccessDeniedErrorz, which the metric schema does not declare", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("alarm UnpricedTokens query unpriced reads LlmWatch UnpricedTokens with dimensions [Reason]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("reads LlmWatch CostUSD, which the metric schema does not declare", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("reads LlmWatch/Quality JudgedResponses with p90, but it is a Sum metric", StringComparison.Ordinal));
    }
}
