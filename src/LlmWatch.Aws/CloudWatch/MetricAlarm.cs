namespace LlmWatch.Aws.CloudWatch;

/// <summary>A metric (single-metric, metric-math or anomaly-band) alarm as DescribeAlarms returns it.</summary>
internal sealed record MetricAlarm
{
    public string AlarmName { get; init; } = "";

    public string? AlarmArn { get; init; }

    public string? AlarmDescription { get; init; }

    public DateTimeOffset? AlarmConfigurationUpdatedTimestamp { get; init; }

    public bool? ActionsEnabled { get; init; }

    public IReadOnlyList<string>? OKActions { get; init; }

    public IReadOnlyList<string>? AlarmActions { get; init; }

    public IReadOnlyList<string>? InsufficientDataActions { get; init; }

    /// <summary><c>OK</c>, <c>ALARM</c> or <c>INSUFFICIENT_DATA</c>.</summary>
    public string StateValue { get; init; } = "";

    public string? StateReason { get; init; }

    /// <summary>JSON text describing the evaluation (≤ 4000 chars).</summary>
    public string? StateReasonData { get; init; }

    public DateTimeOffset? StateUpdatedTimestamp { get; init; }

    public DateTimeOffset? StateTransitionedTimestamp { get; init; }

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
