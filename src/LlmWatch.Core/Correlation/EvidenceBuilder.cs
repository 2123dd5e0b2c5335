using System.Globalization;
using LlmWatch.Core.Metrics.Schema;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Correlation;

/// <summary>Turns Logs Insights rows (all values are strings) into typed evidence sections.</summary>
public sealed class EvidenceBuilder(PriceBook prices)
{
    public Evidence Build(
        CorrelationPlan plan, IReadOnlyDictionary<EvidenceKind, QueryResult> results, EvidenceSection<MetricPoint> history)
    {
        return new Evidence(
            Map(results, EvidenceKind.ErrorsByCode, ErrorRow),
            Map(results, EvidenceKind.SlowestRequests, SlowRow),
            Callers(plan, results),
            plan.IsQuality ? Map(results, EvidenceKind.LowJudgeScores, JudgeRow) : EvidenceSections.NotRun<JudgeScoreRow>("not a quality alarm"),
            history);
    }

    private EvidenceSection<CallerUsageRow> Callers(CorrelationPlan plan, IReadOnlyDictionary<EvidenceKind, QueryResult> results)
    {
        if (!results.TryGetValue(EvidenceKind.TopCallers, out var current) || current.Status != EvidenceStatus.Complete)
            return Missing<CallerUsageRow>(current);
        results.TryGetValue(EvidenceKind.TopCallersPrevious, out var previous);
        var usage = new CallerUsageAccumulator(prices, plan.Window.End);
        foreach (var row in current.Rows)
            usage.Add(Get(row, "caller", "unknown"), Get(row, "modelId", ""), Tokens(row), Long(row, "requests"), previous: false);
        var previousComplete = previous?.Status == EvidenceStatus.Complete;
        if (previousComplete)
        {
            foreach (var row in previous!.Rows)
                usage.Add(Get(row, "caller", "unknown"), Get(row, "modelId", ""), Tokens(row), 0, previous: true);
        }
        var detail = previousComplete ? null : "previous window unavailable: " + (previous?.Detail ?? "not run");
        return new EvidenceSection<CallerUsageRow>(EvidenceStatus.Complete, usage.Top(10), detail);
    }

    private static EvidenceSection<T> Map<T>(
        IReadOnlyDictionary<EvidenceKind, QueryResult> results, EvidenceKind kind, Func<IReadOnlyDictionary<string, string>, T?> map)
        where T : class
    {
        if (!results.TryGetValue(kind, out var result) || result.Status != EvidenceStatus.Complete)
            return Missing<T>(result);
        var rows = new List<T>(result.Rows.Count);
        foreach (var row in result.Rows)
        {
            if (map(row) is { } mapped)
                rows.Add(mapped);
        }
        return new EvidenceSection<T>(EvidenceStatus.Complete, rows);
    }

    private static EvidenceSection<T> Missing<T>(QueryResult? result) =>
        result is null ? EvidenceSections.NotRun<T>("query not run") : new EvidenceSection<T>(result.Status, [], result.Detail);

    private static ErrorCountRow? ErrorRow(IReadOnlyDictionary<string, string> row) =>
        new(Time(row, "minute") ?? DateTimeOffset.MinValue, Get(row, "errorCode", "?"), Get(row, "modelId", "?"), Long(row, "errors"));

    private static SlowRequestRow? SlowRow(IReadOnlyDictionary<string, string> row) =>
        new(Time(row, "@timestamp"), Get(row, "requestId", "?"), Get(row, "modelId", "?"), Get(row, "caller", "unknown"),
            Double(row, "latencyMs") ?? 0, Long(row, "inputTokens"), Long(row, "outputTokens"),
            row.TryGetValue("outputText", out var text) ? text : null);

    private static JudgeScoreRow? JudgeRow(IReadOnlyDictionary<string, string> row) =>
        Double(row, MetricSchema.CompositeScore.Name) is { } score
            ? new(Time(row, "@timestamp"), Get(row, "RequestId", "?"), Get(row, "ModelId", "?"), score)
            : null;

    private static TokenCounts Tokens(IReadOnlyDictionary<string, string> row) =>
        new(Long(row, "inputTokens"), Long(row, "outputTokens"), Long(row, "cacheReadTokens"), Long(row, "cacheWriteTokens"));

    private static string Get(IReadOnlyDictionary<string, string> row, string field, string fallback) =>
        row.TryGetValue(field, out var v) && v.Length > 0 ? v : fallback;

    private static long Long(IReadOnlyDictionary<string, string> row, string field) =>
        Double(row, field) is { } d ? (long)Math.Round(d) : 0;

    private static double? Double(IReadOnlyDictionary<string, string> row, string field) =>
        row.TryGetValue(field, out var v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>Logs Insights writes timestamps as <c>yyyy-MM-dd HH:mm:ss.fff</c> in UTC.</summary>
    internal static DateTimeOffset? Time(IReadOnlyDictionary<string, string> row, string field) =>
        row.TryGetValue(field, out var v) && DateTimeOffset.TryParseExact(v, ["yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
}
