namespace LlmWatch.Aws.CloudWatch;

/// <summary>Wire shape of GetMetricData (JSON 1.0; times are epoch seconds).</summary>
internal sealed record GetMetricDataRequest
{
    public IReadOnlyList<MetricDataQuery> MetricDataQueries { get; init; } = [];

    public DateTimeOffset StartTime { get; init; }

    public DateTimeOffset EndTime { get; init; }

    public string? NextToken { get; init; }

    public string? ScanBy { get; init; }
}
