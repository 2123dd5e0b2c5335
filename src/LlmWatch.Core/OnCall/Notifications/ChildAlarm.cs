using LlmWatch.Core.Alarms;

namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>A composite alarm's triggering child: ARN (or name) and, when the payload has it, its state.</summary>
public sealed record ChildAlarm(string Arn, AlarmState State, DateTimeOffset? Timestamp);
