using LlmWatch.Core.Judge;

namespace LlmWatch.Cli.Rendering;

/// <summary>Everything the offline judge reports: what was read and sampled, per-model quality, the first problems.</summary>
internal sealed record JudgeRunSummary(
    string JudgeModel,
    string RubricVersion,
    double SampleRate,
    long Records,
    JudgeSamplerStats Sampling,
    IReadOnlyList<QualityReportRow> Rows,
    IReadOnlyList<JudgeItemProblem> FirstProblems);
