using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Correlation;

/// <summary>Evidence computed from local records: the rows the correlation queries would return, and the alarmed metric's history.</summary>
public class OfflineEvidenceTests
{
    private const string Sonnet = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    private const string Nova = "amazon.nova-lite-v1:0";
    private const string SonnetDims = $$"""[{"value":"{{Sonnet}}","name":"ModelId"}]""";
    private static readonly PriceBook Prices = PriceBook.LoadDefault();

    // State change 09:20:30 → alarm window [09:06, 09:21), previous window [08:51, 09:06).
    private static readonly IReadOnlyList<InvocationRecord> Records = Parse(
        Log(At(8, 55, 10), "checkout-api", Sonnet, "prev-0001").Tokens(100, 50).Latency(800),
        Log(At(8, 58, 0), "chat-frontend", Sonnet, "prev-0002").Tokens(200, 100).Latency(900),
        Log(At(9, 10, 5), "checkout-api", Sonnet, "ok-00001").Tokens(300, 100).Latency(1200),
        Log(At(9, 10, 40), "checkout-api", Sonnet, "err-0001").Tokens(0, 0).Error("ThrottlingException"),
        Log(At(9, 10, 50), "chat-frontend", Sonnet, "err-0002").Tokens(0, 0).Error("ThrottlingException"),
        Log(At(9, 11, 20), "chat-frontend", Sonnet, "err-0003").Tokens(0, 0).Error("ModelTimeoutException"),
        Log(At(9, 15, 0), "chat-frontend", Sonnet, "slow-001").Tokens(5000, 800).Latency(7000),
        Log(At(9, 16, 0), "chat-frontend", Sonnet, "slow-002").Tokens(4000, 600).Latency(6500),
        Log(At(9, 17, 0), "search-svc", Nova, "other-001").Tokens(50, 10).Latency(300),
        Log(At(9, 18, 0), "search-svc", Nova, "other-002").Tokens(0, 0).Error("ThrottlingException"),
        Log(At(9, 25, 0), "checkout-api", Sonnet, "after-001").Tokens(999, 999).Latency(9999));

    [Fact]
    public void Errors_are_counted_per_minute_code_and_model_newest_first_within_the_alarm_scope()
    {
        var evidence = Compute(SingleMetric("Errors", "SUM", 60));

        Assert.Equal(EvidenceStatus.Complete, evidence.Errors.Status);
        Assert.Equal(
            [
                new ErrorCountRow(At(9, 11, 0), "ModelTimeoutException", Sonnet, 1),
                new ErrorCountRow(At(9, 10, 0), "ThrottlingException", Sonnet, 2),
            ],
            evidence.Errors.Rows);
    }

    [Fact]
    public void Slowest_requests_are_the_window_records_with_a_latency_slowest_first()
    {
        var evidence = Compute(SingleMetric("Errors", "SUM", 60));

        Assert.Equal(
            [
                new SlowRequestRow(At(9, 15, 0), "slow-001", Sonnet, "chat-frontend", 7000, 5000, 800),
                new SlowRequestRow(At(9, 16, 0), "slow-002", Sonnet, "chat-frontend", 6500, 4000, 600),
                new SlowRequestRow(At(9, 10, 5), "ok-00001", Sonnet, "checkout-api", 1200, 300, 100),
            ],
            evidence.Slowest.Rows);
    }

    [Fact]
    public void Top_callers_compare_tokens_and_cost_with_the_previous_window()
    {
        var evidence = Compute(SingleMetric("Errors", "SUM", 60));

        var end = At(9, 21, 0);
        Assert.Equal(
            [
                new CallerUsageRow("chat-frontend", 4, 10_400, Cost(end, (5000, 800), (4000, 600)), 300, Cost(end, (200, 100)), false),
                new CallerUsageRow("checkout-api", 2, 400, Cost(end, (300, 100)), 150, Cost(end, (100, 50)), false),
            ],
            evidence.TopCallers.Rows);
        Assert.True(evidence.TopCallers.Rows[0].CostUsd > 0);
    }

    [Fact]
    public void History_of_a_single_metric_alarm_is_its_statistic_per_period_for_the_alarm_dimensions()
    {
        var evidence = Compute(SingleMetric("Errors", "SUM", 60));

        Assert.Equal(EvidenceStatus.Complete, evidence.History.Status);
        Assert.Equal(
            [
                new MetricPoint(At(8, 55, 0), 0), new MetricPoint(At(8, 58, 0), 0), new MetricPoint(At(9, 10, 0), 2),
                new MetricPoint(At(9, 11, 0), 1), new MetricPoint(At(9, 15, 0), 0), new MetricPoint(At(9, 16, 0), 0),
            ],
            evidence.History.Rows);
    }

    [Fact]
    public void History_of_a_metric_math_alarm_evaluates_the_returned_expression_per_period()
    {
        var trigger = $$"""
            {"Period":300,"EvaluationPeriods":1,"DatapointsToAlarm":1,"ComparisonOperator":"GreaterThanThreshold","Threshold":5.0,
             "TreatMissingData":"notBreaching","Metrics":[
              {"Id":"errors","MetricStat":{"Metric":{"Dimensions":{{SonnetDims}},"MetricName":"Errors","Namespace":"LlmWatch"},"Period":300,"Stat":"Sum"},"ReturnData":false},
              {"Id":"invocations","MetricStat":{"Metric":{"Dimensions":{{SonnetDims}},"MetricName":"Invocations","Namespace":"LlmWatch"},"Period":300,"Stat":"Sum"},"ReturnData":false},
              {"Id":"errorRate","Expression":"100 * errors / invocations","Label":"Error rate %","ReturnData":true}]}
            """;

        var evidence = Compute(trigger);

        // History window: 20 periods before the window end (09:21), in 5-minute steps from 07:41.
        Assert.Equal(
            [
                new MetricPoint(At(8, 51, 0), 0), new MetricPoint(At(8, 56, 0), 0), new MetricPoint(At(9, 6, 0), 200.0 / 3),
                new MetricPoint(At(9, 11, 0), 50), new MetricPoint(At(9, 16, 0), 0),
            ],
            evidence.History.Rows);
    }

    [Fact]
    public void Latency_percentile_history_uses_the_logged_latencies()
    {
        var evidence = Compute(SingleMetric("LatencyMs", "p95", 60));

        Assert.Equal([800.0, 900, 1200, 7000, 6500], evidence.History.Rows.Select(p => p.Value));
    }

    [Theory]
    [InlineData("AWS/Lambda", "Errors", "AWS/Lambda/Errors is not computed from local logs")]
    [InlineData("LlmWatch", "JudgeScore", "LlmWatch/JudgeScore is not a metric the metrics function derives")]
    public void History_the_logs_cannot_give_is_reported_missing_and_the_other_sections_still_complete(string ns, string metric, string detail)
    {
        var evidence = Compute(SingleMetric(metric, "SUM", 60, ns));

        Assert.Equal(EvidenceStatus.NotRun, evidence.History.Status);
        Assert.Contains(detail, evidence.History.Detail, StringComparison.Ordinal);
        Assert.True(evidence.Errors.IsComplete && evidence.Slowest.IsComplete && evidence.TopCallers.IsComplete);
        Assert.Equal("metric history", Assert.Single(evidence.Missing(isQuality: false)).Section);
    }

    private static Evidence Compute(string triggerJson)
    {
        var message = $$"""
            {"AlarmName":"offline-test","AWSAccountId":"444455556666","NewStateValue":"ALARM","OldStateValue":"OK","NewStateReason":"Threshold Crossed",
             "StateChangeTime":"2026-05-04T09:20:30.000+0000","Region":"US East (N. Virginia)",
             "AlarmArn":"arn:aws:cloudwatch:us-east-1:444455556666:alarm:offline-test","Trigger":{{triggerJson}}}
            """;
        var alarm = AlarmNotificationParser.Parse(message).Notification!;
        return new OfflineEvidence(Prices).Compute(CorrelationPlanner.Plan(alarm), alarm.Trigger, Records);
    }

    private static string SingleMetric(string metric, string statistic, int period, string ns = "LlmWatch") => $$"""
        {"MetricName":"{{metric}}","Namespace":"{{ns}}","StatisticType":"Statistic","Statistic":"{{statistic}}","Unit":null,
         "Dimensions":{{SonnetDims}},"Period":{{period}},"EvaluationPeriods":1,"DatapointsToAlarm":1,
         "ComparisonOperator":"GreaterThanThreshold","Threshold":2.0,"TreatMissingData":"notBreaching"}
        """;

    private static double Cost(DateTimeOffset at, params (long Input, long Output)[] calls) =>
        calls.Sum(c => Prices.TryGetCost(Sonnet, at, new TokenCounts(c.Input, c.Output, 0, 0), out var usd) ? usd : double.NaN);

    private static DateTimeOffset At(int hour, int minute, int second) => new(2026, 5, 4, hour, minute, second, TimeSpan.Zero);

    private static InvocationLogBuilder Log(DateTimeOffset at, string role, string model, string requestId) =>
        new InvocationLogBuilder().At(at).Role(role).Model(model).RequestId(requestId);

    private static List<InvocationRecord> Parse(params InvocationLogBuilder[] lines)
    {
        var parser = new InvocationRecordParser();
        return [.. lines.Select(b => parser.TryParse(System.Text.Encoding.UTF8.GetBytes(b.Build()), out var r, out var reason)
            ? r! : throw new InvalidOperationException(reason.ToString()))];
    }
}
