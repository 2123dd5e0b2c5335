namespace LlmWatch.Aws.CloudWatch;

/// <summary>A composite alarm as DescribeAlarms returns it (only when <c>CompositeAlarm</c> is requested).</summary>
internal sealed record CompositeAlarm : DescribedAlarm
{
    public string? AlarmRule { get; init; }

    public string? ActionsSuppressedBy { get; init; }

    public string? ActionsSuppressedReason { get; init; }

    public string? ActionsSuppressor { get; init; }

    public int? ActionsSuppressorWaitPeriod { get; init; }

    public int? ActionsSuppressorExtensionPeriod { get; init; }
}
