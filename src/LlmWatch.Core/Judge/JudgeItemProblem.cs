namespace LlmWatch.Core.Judge;

/// <summary>Something to log about one message: which, what happened, and whether it goes back to the queue.</summary>
public sealed record JudgeItemProblem(string MessageId, string? RequestId, string Kind, string Detail, bool Retried);
