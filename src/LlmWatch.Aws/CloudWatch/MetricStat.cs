namespace LlmWatch.Aws.CloudWatch;

/// <summary>A metric with the period (seconds) and statistic (<c>Sum</c>, <c>Average</c>, <c>p95</c>…) to retrieve.</summary>
internal sealed record MetricStat
{
    public CloudWatchMetric Metric { get; init; } = new();

    public int Period { get; init; }

    public string Stat { get; init; } = "";

    public string? Unit { get; init; }
}
