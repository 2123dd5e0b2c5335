using System.Globalization;
using LlmWatch.Core.Correlation;

namespace LlmWatch.Core.Paging.Chat;

/// <summary>
/// The few lines a chat card shows, taken from the same page request as the email and JSON: the value against
/// its threshold, and the one finding from the evidence that most likely says what broke.
/// </summary>
internal static class ChatSummary
{
    /// <summary><c>Latest value 41.38 vs threshold 5 (GreaterThanThreshold)</c>, or null for alarms without a metric trigger.</summary>
    public static string? ValueLine(PageRequest r)
    {
        if (r.Alarm.Trigger is not { } t)
            return null;
        var latest = PageRenderer.Latest(r) is { } v ? "Latest value " + PageRenderer.Number(v) : "Latest value unknown";
        var threshold = t.Threshold is { } th ? " vs threshold " + PageRenderer.Number(th)
            : t.ThresholdMetricId is not null ? " vs anomaly band " + t.ThresholdMetricId : "";
        return $"{latest}{threshold} ({t.ComparisonOperator})";
    }

    /// <summary>
    /// The largest error group for error alarms, the slowest request for latency, the top caller for cost and
    /// tokens, the lowest judge score for quality; any non-empty section otherwise; null when there is none.
    /// </summary>
    public static string? TopFinding(PageRequest r)
    {
        var e = r.Evidence;
        var metric = r.Plan.Scope.MetricName ?? r.Alarm.AlarmName;
        Func<string?>[] order = r.Plan.IsQuality ? [() => LowestScore(e), () => Errors(e), () => Slowest(e), () => TopCaller(e)]
            : Has(metric, "Latency") ? [() => Slowest(e), () => Errors(e), () => TopCaller(e)]
            : Has(metric, "Cost") || Has(metric, "Token") ? [() => TopCaller(e), () => Errors(e), () => Slowest(e)]
            : [() => Errors(e), () => Slowest(e), () => TopCaller(e)];
        return order.Select(f => f()).FirstOrDefault(s => s is not null);
    }

    /// <summary>"OK -> ALARM at 2026-05-04 09:42:17 UTC".</summary>
    public static string StateLine(PageRequest r) => r.Kind == PageKind.Resolved
        ? $"{PageRenderer.States(r.Alarm)}: resolved at {PageRenderer.Time(r.ResolvedAt ?? r.Alarm.StateChangeTime)}"
        : $"{PageRenderer.States(r.Alarm)} at {PageRenderer.Time(r.Alarm.StateChangeTime)}";

    /// <summary>The text, or its start and an ellipsis so that it is exactly <paramref name="max"/> characters.</summary>
    public static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    public static string Int(long v) => v.ToString("#,0", CultureInfo.InvariantCulture);

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static string? Errors(Evidence e)
    {
        var top = e.Errors.Rows.GroupBy(x => (x.ErrorCode, x.ModelId))
            .Select(g => (g.Key.ErrorCode, g.Key.ModelId, Count: g.Sum(x => x.Count)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.ErrorCode, StringComparer.Ordinal).FirstOrDefault();
        return top.ErrorCode is null ? null : $"{Int(top.Count)} × {top.ErrorCode} on {top.ModelId}";
    }

    private static string? Slowest(Evidence e) => e.Slowest.Rows.MaxBy(x => x.LatencyMs) is { } s
        ? $"slowest request {s.RequestId} ({s.Caller} on {s.ModelId}): {PageRenderer.Number(s.LatencyMs)} ms, {Int(s.InputTokens)} tokens in"
        : null;

    private static string? TopCaller(Evidence e) => e.TopCallers.Rows.MaxBy(x => x.Tokens) is { } c
        ? $"top caller {c.Caller}: {Int(c.Tokens)} tokens ({Int(c.PreviousTokens)} the window before), {c.CostUsd.ToString("0.####", CultureInfo.InvariantCulture)} USD"
        : null;

    private static string? LowestScore(Evidence e) => e.JudgeScores.Rows.MinBy(x => x.CompositeScore) is { } j
        ? $"lowest judge score {PageRenderer.Number(j.CompositeScore)} for request {j.RequestId} on {j.ModelId}"
        : null;
}
