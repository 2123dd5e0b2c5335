using LlmWatch.Core.Alarms;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>An alarm entered <paramref name="State"/> at <paramref name="Time"/>; <paramref name="Value"/> is the newest datapoint then.</summary>
public sealed record StateTransition(DateTimeOffset Time, AlarmState State, double? Value);
