using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Tests.OnCall.Notifications;

namespace LlmWatch.Core.Tests.Correlation;

public class EvidenceBuilderTests
{
    private static readonly CorrelationPlan Plan = CorrelationPlanner.Plan(AlarmNotificationParser.Parse(AlarmJson.Single).Notification!);

    [Fact]
    public void Rows_become_typed_evidence_and_failures_are_reported_missing()
    {
        var results = new Dictionary<EvidenceKind, QueryResult>
        {
            [EvidenceKind.ErrorsByCode] = QueryResult.Complete([new Dictionary<string, string>
                { ["minute"] = "2026-05-04 09:15:00.000", ["errorCode"] = "ThrottlingException", ["modelId"] = "m", ["errors"] = "7" }]),
            [EvidenceKind.SlowestRequests] = QueryResult.TimedOut(),
            [EvidenceKind.TopCallers] = QueryResult.Complete([
                new Dictionary<string, string> { ["caller"] = "a", ["modelId"] = "m", ["requests"] = "3", ["inputTokens"] = "100", ["outputTokens"] = "50" },
                new Dictionary<string, string> { ["caller"] = "b", ["modelId"] = "m", ["requests"] = "1", ["inputTokens"] = "900", ["outputTokens"] = "1" }]),
            [EvidenceKind.TopCallersPrevious] = QueryResult.Complete([
                new Dictionary<string, string> { ["caller"] = "a", ["modelId"] = "m", ["inputTokens"] = "10" }]),
        };
        var evidence = new EvidenceBuilder(PriceBook.LoadDefault()).Build(Plan, results, EvidenceSections.Complete<MetricPoint>([]));

        Assert.Equal(new ErrorCountRow(new DateTimeOffset(2026, 5, 4, 9, 15, 0, TimeSpan.Zero), "ThrottlingException", "m", 7), Assert.Single(evidence.Errors.Rows));
        Assert.Equal(["b", "a"], evidence.TopCallers.Rows.Select(r => r.Caller));
        Assert.Equal((150L, 10L), (evidence.TopCallers.Rows[1].Tokens, evidence.TopCallers.Rows[1].PreviousTokens));
        var missing = Assert.Single(evidence.Missing(isQuality: false));
        Assert.Equal(("slowest requests", EvidenceStatus.TimedOut), (missing.Section, missing.Status));
    }

    [Fact]
    public void Evidence_survives_the_incident_json_round_trip()
    {
        var evidence = new Evidence(
            EvidenceSections.Complete<ErrorCountRow>([new(DateTimeOffset.UnixEpoch, "E", "m", 2)]),
            new EvidenceSection<SlowRequestRow>(EvidenceStatus.Failed, [], "throttled"),
            EvidenceSections.Complete<CallerUsageRow>([new("c", 1, 2, 0.5, 1, 0.25, false)]),
            EvidenceSections.NotRun<JudgeScoreRow>("not a quality alarm"),
            EvidenceSections.Complete<MetricPoint>([new(DateTimeOffset.UnixEpoch, 9)]));
        var back = EvidenceJson.Deserialize(EvidenceJson.Serialize(evidence));
        Assert.Equal(evidence.Errors.Rows, back.Errors.Rows);
        Assert.Equal(evidence.TopCallers.Rows, back.TopCallers.Rows);
        Assert.Equal(evidence.History.Rows, back.History.Rows);
        Assert.Equal((EvidenceStatus.Failed, "throttled"), (back.Slowest.Status, back.Slowest.Detail));
        Assert.Equal(EvidenceStatus.NotRun, EvidenceJson.Deserialize("{not json").Errors.Status);
    }
}
