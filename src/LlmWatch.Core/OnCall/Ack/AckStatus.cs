namespace LlmWatch.Core.OnCall.Ack;

/// <summary>Result of an ack request: accepted (first ack), already acknowledged or resolved (recorded, no change), or rejected (403).</summary>
public enum AckStatus
{
    Accepted,
    AlreadyClosed,
    Rejected,
}
