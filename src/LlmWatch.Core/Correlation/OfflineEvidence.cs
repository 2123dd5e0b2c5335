using LlmWatch.Core.Alarms;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Correlation;

/// <summary>
/// Computes the page's evidence from local invocation records instead of Logs Insights and GetMetricData (for
/// <c>llmwatch page</c>): the same rows the correlation queries return, and the alarmed metric's history.
/// </summary>
/// <param name="metricsNamespace">The namespace the metrics function writes to; other namespaces' history is reported missing.</param>
public sealed class OfflineEvidence(PriceBook prices, string metricsNamespace = EmfOptions.DefaultNamespace)
{
    public Evidence Compute(CorrelationPlan plan, AlarmTrigger? trigger, IEnumerable<InvocationRecord> records)
    {
        var inWindow = new List<InvocationRecord>();
        var previous = new List<InvocationRecord>();
        var previousWindow = plan.Window.Previous();
        var all = records as IReadOnlyList<InvocationRecord> ?? records.ToList();
        foreach (var r in all)
        {
            if (!InScope(plan.Scope, r))
                continue;
            if (Contains(plan.Window, r.Timestamp))
                inWindow.Add(r);
            else if (Contains(previousWindow, r.Timestamp))
                previous.Add(r);
        }

        var errors = inWindow.Where(r => !string.IsNullOrEmpty(r.ErrorCode))
            .GroupBy(r => (Minute: Floor(r.Timestamp, 60), Code: r.ErrorCode!, r.ModelId))
            .Select(g => new ErrorCountRow(g.Key.Minute, g.Key.Code, g.Key.ModelId, g.LongCount()))
            .OrderByDescending(e => e.Minute).ThenByDescending(e => e.Count)
            .ThenBy(e => e.ErrorCode, StringComparer.Ordinal).ThenBy(e => e.ModelId, StringComparer.Ordinal)
            .Take(50).ToList();
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
            // The history is the alarmed metric itself: its own dimensions select the series, not the evidence scope.
            new OfflineMetricHistory(prices, metricsNamespace).Compute(trigger, plan.HistoryWindow, all));
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
