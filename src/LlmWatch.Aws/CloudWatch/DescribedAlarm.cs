namespace LlmWatch.Aws.CloudWatch;

/// <summary>The fields DescribeAlarms returns for every alarm, metric or composite.</summary>
internal abstract record DescribedAlarm
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
}
