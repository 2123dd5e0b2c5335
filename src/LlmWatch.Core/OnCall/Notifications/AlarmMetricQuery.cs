namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>One entry of <c>Trigger.Metrics</c>: either an expression or a metric with a statistic.</summary>
public sealed record AlarmMetricQuery
{
    public required string Id { get; init; }
    public string? Expression { get; init; }
    public string? Label { get; init; }
    public bool ReturnData { get; init; }
    public string? Namespace { get; init; }
    public string? MetricName { get; init; }
    /// <summary>Statistic in API casing (<c>Sum</c>, <c>Average</c>, <c>p95</c>).</summary>
    public string? Stat { get; init; }
    public int? Period { get; init; }
    public IReadOnlyList<AlarmDimension> Dimensions { get; init; } = [];
}
