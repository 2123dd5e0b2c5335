using LlmWatch.Core.Errors;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Correlation;

/// <summary>Computes the page's evidence from local invocation records instead of Logs Insights (for <c>llmwatch page</c>).</summary>
public sealed class OfflineEvidence(PriceBook prices)
{
    public Evidence Compute(CorrelationPlan plan, IEnumerable<InvocationRecord> records, int periodSeconds)
    {
        var inWindow = new List<InvocationRecord>();
        var previous = new List<InvocationRecord>();
        var history = new List<InvocationRecord>();
        var previousWindow = plan.Window.Previous();
        foreach (var r in records)
        {
            if (!InScope(plan.Scope, r))
                continue;
            if (Contains(plan.Window, r.Timestamp))
                inWindow.Add(r);
            else if (Contains(previousWindow, r.Timestamp))
                previous.Add(r);
            if (Contains(plan.HistoryWindow, r.Timestamp))
                history.Add(r);
        }

        var errors = inWindow.Where(r => !string.IsNullOrEmpty(r.ErrorCode))
            .GroupBy(r => (Minute: Floor(r.Timestamp, 60), Code: r.ErrorCode!, r.ModelId))
            .Select(g => new ErrorCountRow(g.Key.Minute, g.Key.Code, g.Key.ModelId, g.LongCount()))
            .OrderByDescending(e => e.Minute).ThenByDescending(e => e.Count).Take(50).ToList();
        var slowest = inWindow.Where(r => r.LatencyMs is not null).OrderByDescending(r => r.LatencyMs).Take(10)
            .Select(r => new SlowRequestRow(r.Timestamp, r.RequestId, r.ModelId, r.Caller, r.LatencyMs!.Value, r.Tokens.Input, r.Tokens.Output))
            .ToList();
        var usage = new CallerUsageAccumulator(prices, plan.Window.End);
        foreach (var r in inWindow)
            usage.Add(r.Caller, r.ModelId, r.Tokens, 1, previous: false);
        foreach (var r in previous)
            usage.Add(r.Caller, r.ModelId, r.Tokens, 1, previous: true);

        return new Evidence(
            EvidenceSections.Complete<ErrorCountRow>(errors),
            EvidenceSections.Complete<SlowRequestRow>(slowest),
            EvidenceSections.Complete(usage.Top(10)),
            plan.IsQuality ? EvidenceSections.NotRun<JudgeScoreRow>("judge logs are not read offline")
                : EvidenceSections.NotRun<JudgeScoreRow>("not a quality alarm"),
            History(plan, history, Math.Max(60, periodSeconds)));
    }

    private EvidenceSection<MetricPoint> History(CorrelationPlan plan, List<InvocationRecord> records, int period)
    {
        var metric = plan.Scope.MetricName ?? "";
        Func<IReadOnlyList<InvocationRecord>, double>? value = metric switch
        {
            "Invocations" => g => g.Count,
            "Errors" => g => g.Count(r => r.ErrorClass != ErrorClass.None),
            "ThrottlingErrors" or "ServerErrors" or "ModelErrors" or "AccessDeniedErrors" or "OtherErrors" =>
                g => g.Count(r => r.ErrorClass != ErrorClass.None && ErrorClassifier.MetricName(r.ErrorClass) == metric),
            "InputTokens" => g => g.Sum(r => (double)r.Tokens.Input),
            "OutputTokens" => g => g.Sum(r => (double)r.Tokens.Output),
            "CostUsd" => g => g.Sum(r => prices.TryGetCost(r.ModelId, r.Timestamp, r.Tokens, out var c) ? c : 0),
            "LatencyMs" => g => Percentile95(g),
            _ => null,
        };
        if (value is null)
            return EvidenceSections.NotRun<MetricPoint>($"metric '{metric}' is not computed from local logs");
        var points = new List<MetricPoint>();
        for (var t = Floor(plan.HistoryWindow.Start, period); t < plan.HistoryWindow.End; t = t.AddSeconds(period))
        {
            var bucket = records.Where(r => r.Timestamp >= t && r.Timestamp < t.AddSeconds(period)).ToList();
            if (bucket.Count > 0)
                points.Add(new MetricPoint(t, value(bucket)));
        }
        return EvidenceSections.Complete<MetricPoint>(points);
    }

    private static double Percentile95(IReadOnlyList<InvocationRecord> group)
    {
        var values = group.Where(r => r.LatencyMs is not null).Select(r => r.LatencyMs!.Value).Order().ToList();
        return values.Count == 0 ? 0 : values[(int)Math.Ceiling(0.95 * values.Count) - 1];
    }

    private static bool InScope(CorrelationScope scope, InvocationRecord r) =>
        (scope.ModelId is null || string.Equals(scope.ModelId, r.ModelId, StringComparison.Ordinal))
        && (scope.Caller is null || string.Equals(scope.Caller, r.Caller, StringComparison.Ordinal));

    private static bool Contains(TimeWindow w, DateTimeOffset t) => t >= w.Start && t < w.End;

    private static DateTimeOffset Floor(DateTimeOffset t, int seconds)
    {
        var ticks = TimeSpan.FromSeconds(seconds).Ticks;
        return new DateTimeOffset(t.UtcTicks - (t.UtcTicks % ticks), TimeSpan.Zero);
    }
}
