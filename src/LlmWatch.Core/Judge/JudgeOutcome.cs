namespace LlmWatch.Core.Judge;

/// <summary>The result of judging one sample, with everything the quality metrics need.</summary>
public sealed record JudgeOutcome
{
    public required JudgeOutcomeKind Kind { get; init; }
    public required JudgeSample Sample { get; init; }
    public QualityScores? Scores { get; init; }
    public JudgeVerdict? Verdict { get; init; }
    /// <summary>One entry per rejected reply (a dropped sample has two: the first try and the retry).</summary>
    public IReadOnlyList<VerdictFailure> Failures { get; init; } = [];
    public string FailureDetail { get; init; } = "";
    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }
    /// <summary>Judge cost in USD; null when the judge model has no price.</summary>
    public double? CostUsd { get; init; }
    /// <summary>Time spent in judge calls for this sample (retry included).</summary>
    public double LatencyMs { get; init; }
    public int Calls { get; init; }
}
