namespace LlmWatch.Core.Judge;

/// <summary>What the sampler did with one batch.</summary>
/// <param name="Sampled">Records selected and carrying text: sent to the judge.</param>
/// <param name="SkippedBodyInS3">Selected, but a body was offloaded to S3.</param>
/// <param name="SkippedNoText">Selected, but no prompt or response text was logged in a known shape.</param>
/// <param name="ExcludedJudgeCalls">The judge's own invocations, never sampled (still metered as usual).</param>
public readonly record struct JudgeSamplerStats(int Sampled, int SkippedBodyInS3, int SkippedNoText, int ExcludedJudgeCalls);
