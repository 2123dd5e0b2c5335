namespace LlmWatch.Core.Judge;

/// <summary>What became of one sample.</summary>
public enum JudgeOutcomeKind
{
    /// <summary>A valid verdict: scores published.</summary>
    Scored,
    /// <summary>No valid verdict after the retry: dropped, logged with its request id.</summary>
    Dropped,
    /// <summary>The daily judge budget was spent: skipped without calling the judge.</summary>
    SkippedBudget,
}
