
using LlmWatch.Core.OnCall.Escalation;

namespace LlmWatch.Core.OnCall.Ack;

/// <summary>What the ack function answers; <paramref name="Reason"/> is logged, never shown for rejections.</summary>
public sealed record AckResult(AckStatus Status, Incident? Incident, string Reason);
