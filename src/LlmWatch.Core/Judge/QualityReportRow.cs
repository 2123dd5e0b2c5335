namespace LlmWatch.Core.Judge;

/// <summary>Quality of one judged model over a run: mean scores (null when nothing was scored) and what went wrong.</summary>
public sealed record QualityReportRow(
    string ModelId,
    int Judged,
    double? Relevance,
    double? Safety,
    double? Tone,
    double? Composite,
    int Dropped,
    int ParseFailures,
    int Refusals,
    int CallFailures,
    int SkippedBudget,
    long JudgeInputTokens,
    long JudgeOutputTokens,
    double? JudgeCostUsd);
