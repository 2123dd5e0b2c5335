namespace LlmWatch.Core.Correlation;

/// <summary>One judged request with its composite quality score (0–100).</summary>
public sealed record JudgeScoreRow(DateTimeOffset? Timestamp, string RequestId, string ModelId, double CompositeScore);
