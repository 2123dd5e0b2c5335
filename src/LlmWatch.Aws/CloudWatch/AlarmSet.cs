namespace LlmWatch.Aws.CloudWatch;

/// <summary>DescribeAlarms results across all pages.</summary>
internal sealed record AlarmSet(IReadOnlyList<MetricAlarm> MetricAlarms, IReadOnlyList<CompositeAlarm> CompositeAlarms);
