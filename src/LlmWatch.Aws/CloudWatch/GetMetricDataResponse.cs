namespace LlmWatch.Aws.CloudWatch;

/// <summary>Wire shape of a GetMetricData page.</summary>
internal sealed record GetMetricDataResponse
{
    public IReadOnlyList<MetricDataResult>? MetricDataResults { get; init; }

    public string? NextToken { get; init; }

    public IReadOnlyList<MetricDataMessage>? Messages { get; init; }
}
