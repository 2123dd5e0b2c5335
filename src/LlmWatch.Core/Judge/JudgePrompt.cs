namespace LlmWatch.Core.Judge;

/// <summary>The two messages sent to the judge model for one sample.</summary>
public sealed record JudgePrompt(string System, string User, string Nonce);
