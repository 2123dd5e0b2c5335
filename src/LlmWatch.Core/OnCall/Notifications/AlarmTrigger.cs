namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>The metric side of a metric alarm (single metric, metric math or anomaly detection).</summary>
public sealed record AlarmTrigger
{
    public string? Namespace { get; init; }
    public string? MetricName { get; init; }
    /// <summary>Statistic in API casing: <c>SUM</c> in the notification becomes <c>Sum</c>; percentiles stay <c>p95</c>.</summary>
    public string? Statistic { get; init; }
    public IReadOnlyList<AlarmDimension> Dimensions { get; init; } = [];
    public int Period { get; init; }
    public int EvaluationPeriods { get; init; }
    public int DatapointsToAlarm { get; init; }
    public string ComparisonOperator { get; init; } = "";
    /// <summary>Null for anomaly-detection alarms, whose threshold is a band.</summary>
    public double? Threshold { get; init; }
    /// <summary><c>missing</c>, <c>notBreaching</c>, <c>breaching</c> or <c>ignore</c>.</summary>
    public string TreatMissingData { get; init; } = "missing";
    public string? ThresholdMetricId { get; init; }
    public IReadOnlyList<AlarmMetricQuery> Metrics { get; init; } = [];
}
