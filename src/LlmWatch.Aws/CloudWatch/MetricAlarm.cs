namespace LlmWatch.Aws.CloudWatch;

/// <summary>A metric (single-metric, metric-math or anomaly-band) alarm as DescribeAlarms returns it.</summary>
internal sealed record MetricAlarm : DescribedAlarm
{
    public string? MetricName { get; init; }

    public string? Namespace { get; init; }

    public string? Statistic { get; init; }

    public string? ExtendedStatistic { get; init; }

    public IReadOnlyList<MetricDimension>? Dimensions { get; init; }

    public int? Period { get; init; }

    public string? Unit { get; init; }

    public int? EvaluationPeriods { get; init; }

    public int? DatapointsToAlarm { get; init; }

    public double? Threshold { get; init; }

    public string? ComparisonOperator { get; init; }

    public string? TreatMissingData { get; init; }

    public string? EvaluateLowSampleCountPercentile { get; init; }

    /// <summary>Metric-math members (empty for single-metric alarms).</summary>
    public IReadOnlyList<MetricDataQuery>? Metrics { get; init; }

    public string? ThresholdMetricId { get; init; }

    public string? EvaluationState { get; init; }
}
