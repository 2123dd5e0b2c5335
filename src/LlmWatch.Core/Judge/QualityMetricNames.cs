namespace LlmWatch.Core.Judge;

/// <summary>Names in the <c>LlmWatch/Quality</c> namespace (alarms and dashboards refer to these).</summary>
public static class QualityMetricNames
{
    public const string Namespace = "LlmWatch/Quality";
    public const string RelevanceScore = nameof(RelevanceScore);
    public const string SafetyScore = nameof(SafetyScore);
    public const string ToneScore = nameof(ToneScore);
    public const string CompositeScore = nameof(CompositeScore);
    public const string EvaluationLatencyMs = nameof(EvaluationLatencyMs);
    public const string JudgedResponses = nameof(JudgedResponses);
    public const string JudgeInputTokens = nameof(JudgeInputTokens);
    public const string JudgeOutputTokens = nameof(JudgeOutputTokens);
    public const string JudgeCostUsd = nameof(JudgeCostUsd);
    public const string JudgeUnpricedTokens = nameof(JudgeUnpricedTokens);
    public const string JudgeParseFailures = nameof(JudgeParseFailures);
    public const string JudgeRefusals = nameof(JudgeRefusals);
    public const string JudgeDropped = nameof(JudgeDropped);
    public const string JudgeSkippedBudget = nameof(JudgeSkippedBudget);
    public const string JudgeSampled = nameof(JudgeSampled);
    public const string JudgeSkippedBodyInS3 = nameof(JudgeSkippedBodyInS3);
    public const string JudgeSkippedNoText = nameof(JudgeSkippedNoText);
    public const string JudgeSamplesNotQueued = nameof(JudgeSamplesNotQueued);
}
