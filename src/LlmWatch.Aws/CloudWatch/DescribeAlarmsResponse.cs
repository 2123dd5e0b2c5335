namespace LlmWatch.Aws.CloudWatch;

/// <summary>Wire shape of a DescribeAlarms page.</summary>
internal sealed record DescribeAlarmsResponse
{
    public IReadOnlyList<MetricAlarm>? MetricAlarms { get; init; }

    public IReadOnlyList<CompositeAlarm>? CompositeAlarms { get; init; }

    public string? NextToken { get; init; }
}
