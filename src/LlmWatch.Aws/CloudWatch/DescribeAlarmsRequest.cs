namespace LlmWatch.Aws.CloudWatch;

/// <summary>Wire shape of DescribeAlarms (JSON 1.0).</summary>
internal sealed record DescribeAlarmsRequest
{
    public IReadOnlyList<string>? AlarmNames { get; init; }

    public string? AlarmNamePrefix { get; init; }

    public IReadOnlyList<string>? AlarmTypes { get; init; }

    public string? StateValue { get; init; }

    public int? MaxRecords { get; init; }

    public string? NextToken { get; init; }
}
