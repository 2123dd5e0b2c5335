using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Metrics.Schema;

namespace LlmWatch.Core.Tests.Metrics.Schema;

/// <summary>What the backtest can evaluate follows from the schema: exactly the alarms on metrics computed from invocation records.</summary>
public class AlarmCatalogSchemaTests
{
    [Fact]
    public void The_backtest_evaluates_exactly_the_alarms_whose_metrics_are_all_derived_from_invocation_records()
    {
        var alarms = AlarmCatalog.Create(new AlarmModelOptions(["MetricsFunction"], ["JudgeDeadLetterQueue"])).Alarms;

        Assert.All(alarms, alarm =>
        {
            var metrics = alarm.Queries.Where(q => q.Stat is not null).Select(q => MetricSchema.Find(q.Stat!.Namespace, q.Stat.MetricName)).ToList();
            Assert.DoesNotContain(null, metrics);
            var fromLogs = metrics.All(m => m!.Group == MetricSchema.Invocation);
            Assert.True(fromLogs == (alarm.NotBacktestable is null), $"{alarm.Key}: from logs {fromLogs}, skipped as '{alarm.NotBacktestable}'");
        });
        Assert.Contains(alarms, a => a.NotBacktestable is null);
        Assert.Contains(alarms, a => a.NotBacktestable is not null);
    }

    [Fact]
    public void The_catalog_refuses_a_metric_read_with_dimensions_or_a_statistic_the_schema_does_not_publish()
    {
        var wrongDimension = Assert.Throws<InvalidOperationException>(() =>
            AlarmCatalog.Stat(MetricSchema.RecordsSkipped, "Sum", 60, AlarmCatalog.PerModel));
        Assert.Contains("LlmWatch RecordsSkipped is not published with dimensions [ModelId]", wrongDimension.Message, StringComparison.Ordinal);
        var percentileOfSum = Assert.Throws<InvalidOperationException>(() => AlarmCatalog.Stat(MetricSchema.Errors, "p95", 60));
        Assert.Contains("Sum metric", percentileOfSum.Message, StringComparison.Ordinal);
        Assert.Equal("LatencyMs", AlarmCatalog.Stat(MetricSchema.LatencyMs, "p95", 60, AlarmCatalog.PerModel).MetricName);
    }
}
