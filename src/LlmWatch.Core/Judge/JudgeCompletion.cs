namespace LlmWatch.Core.Judge;

/// <summary>The judge model's reply text and the tokens it used (null when the endpoint did not say).</summary>
public sealed record JudgeCompletion(string Text, long? InputTokens, long? OutputTokens);
