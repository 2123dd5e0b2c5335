namespace LlmWatch.Core.Ports;

/// <summary>Outcome of sending samples: accepted, too large for one message, or failed (request ids of the failures, for the log).</summary>
public sealed record JudgeQueueResult(int Sent, int TooLarge, IReadOnlyList<string> FailedRequestIds);
