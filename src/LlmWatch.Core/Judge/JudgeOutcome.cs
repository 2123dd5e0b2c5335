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
    /// <summary>Tokens the replies did not report, counted at <see cref="JudgePricing"/>'s conservative estimate (included in <see cref="CostUsd"/>).</summary>
    public long EstimatedTokens { get; init; }
    /// <summary>Judge cost in USD (estimates included); null when the judge runs without prices (offline).</summary>
    public double? CostUsd { get; init; }
    /// <summary>Time spent in judge calls for this sample (retry included).</summary>
    public double LatencyMs { get; init; }
    public int Calls { get; init; }
}
