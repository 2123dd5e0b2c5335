using LlmWatch.Core.Alarms;

namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>A CloudWatch alarm state-change notification (the SNS <c>Message</c>), with its quirks normalized.</summary>
public sealed record AlarmNotification
{
    public required string AlarmName { get; init; }
    public string? AlarmDescription { get; init; }
    public string AccountId { get; init; } = "";
    public required string AlarmArn { get; init; }
    /// <summary>Region code derived from <see cref="AlarmArn"/> (the payload's <c>Region</c> is a display name).</summary>
    public string RegionCode { get; init; } = "";
    /// <summary>The payload's display name, e.g. "US East (N. Virginia)".</summary>
    public string RegionName { get; init; } = "";
    public required AlarmState NewState { get; init; }
    public AlarmState OldState { get; init; }
    public string NewStateReason { get; init; } = "";
    public required DateTimeOffset StateChangeTime { get; init; }
    /// <summary>The timestamp exactly as sent; part of the dedup key so re-serialization cannot change it.</summary>
    public required string StateChangeTimeText { get; init; }
    public required AlarmKind Kind { get; init; }
    /// <summary>Null for composite alarms.</summary>
    public AlarmTrigger? Trigger { get; init; }
    public string? AlarmRule { get; init; }
    public IReadOnlyList<ChildAlarm> TriggeringChildren { get; init; } = [];

    /// <summary>Stable key for one state change: alarm ARN + state-change time + new state.</summary>
    public string DedupKey => $"{AlarmArn}|{StateChangeTimeText}|{AlarmStates.ToWire(NewState)}";
}
