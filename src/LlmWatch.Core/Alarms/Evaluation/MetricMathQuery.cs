namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>One query of a metric alarm, ready to evaluate: a statistic over a series, or a parsed metric-math expression.</summary>
/// <param name="PeriodMinutes">The statistic's period: it covers the minutes before the evaluated minute.</param>
public sealed record MetricMathQuery(string Id, SeriesKey? Series, string? Stat, int PeriodMinutes, MathNode? Expression)
{
    public static MetricMathQuery Metric(string id, SeriesKey series, string stat, int periodMinutes) =>
        new(id, series, stat, System.Math.Max(1, periodMinutes), null);

    public static MetricMathQuery Math(string id, MathNode expression) => new(id, null, null, 0, expression);
}
