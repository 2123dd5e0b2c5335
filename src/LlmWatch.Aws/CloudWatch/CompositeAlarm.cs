namespace LlmWatch.Aws.CloudWatch;

/// <summary>A composite alarm as DescribeAlarms returns it (only when <c>CompositeAlarm</c> is requested).</summary>
internal sealed record CompositeAlarm
{
    public string AlarmName { get; init; } = "";

    public string? AlarmArn { get; init; }

    public string? AlarmDescription { get; init; }

    public string? AlarmRule { get; init; }

    public DateTimeOffset? AlarmConfigurationUpdatedTimestamp { get; init; }

    public bool? ActionsEnabled { get; init; }

    public IReadOnlyList<string>? OKActions { get; init; }

    public IReadOnlyList<string>? AlarmActions { get; init; }

    public IReadOnlyList<string>? InsufficientDataActions { get; init; }

    /// <summary><c>OK</c>, <c>ALARM</c> or <c>INSUFFICIENT_DATA</c>.</summary>
    public string StateValue { get; init; } = "";

    public string? StateReason { get; init; }

    public string? StateReasonData { get; init; }

    public DateTimeOffset? StateUpdatedTimestamp { get; init; }

    public DateTimeOffset? StateTransitionedTimestamp { get; init; }

    public string? ActionsSuppressedBy { get; init; }

    public string? ActionsSuppressedReason { get; init; }

    public string? ActionsSuppressor { get; init; }

    public int? ActionsSuppressorWaitPeriod { get; init; }

    public int? ActionsSuppressorExtensionPeriod { get; init; }
}
