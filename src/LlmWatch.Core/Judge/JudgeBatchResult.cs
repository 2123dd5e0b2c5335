namespace LlmWatch.Core.Judge;

/// <summary>Outcomes of a batch, the message ids to hand back for retry, and the problems to log.</summary>
public sealed record JudgeBatchResult(IReadOnlyList<JudgeOutcome> Outcomes, IReadOnlyList<string> FailedMessageIds, IReadOnlyList<JudgeItemProblem> Problems);
