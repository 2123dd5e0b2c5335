namespace LlmWatch.Aws.CloudWatch;

/// <summary>A metric identity: namespace, name and dimensions.</summary>
internal sealed record CloudWatchMetric
{
    public string Namespace { get; init; } = "";

    public string MetricName { get; init; } = "";

    public IReadOnlyList<MetricDimension>? Dimensions { get; init; }
}
