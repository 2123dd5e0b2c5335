using LlmWatch.Core.Escalation;

namespace LlmWatch.Core.OnCall;

/// <summary>What the ack function answers; <paramref name="Reason"/> is logged, never shown for rejections.</summary>
public sealed record AckResult(AckStatus Status, Incident? Incident, string Reason);
