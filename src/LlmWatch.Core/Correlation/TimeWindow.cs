namespace LlmWatch.Core.Correlation;

/// <summary>A half-open time range [Start, End) used for queries and metric history.</summary>
public sealed record TimeWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;

    /// <summary>The window of the same length that ends where this one starts.</summary>
    public TimeWindow Previous() => new(Start - Length, Start);

    /// <summary>The window before a state change: 3 × period (at least the evaluation range), minimum 15 minutes.</summary>
    public static TimeWindow BeforeStateChange(DateTimeOffset stateChange, int periodSeconds, int evaluationPeriods)
    {
        var seconds = Math.Max(3 * periodSeconds, periodSeconds * evaluationPeriods);
        var length = TimeSpan.FromSeconds(Math.Max(seconds, 15 * 60));
        // Whole minutes: Logs Insights and GetMetricData both round, and a rounded window reads better in the page.
        var end = new DateTimeOffset(stateChange.UtcTicks - (stateChange.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero)
            + TimeSpan.FromMinutes(1);
        return new TimeWindow(end - length, end);
    }
}
