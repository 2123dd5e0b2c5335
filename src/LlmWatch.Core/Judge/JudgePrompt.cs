namespace LlmWatch.Core.Judge;

/// <summary>The two messages sent to the judge model for one sample.</summary>
public sealed record JudgePrompt(string System, string User, string Nonce)
{
    /// <summary>The output cap every judge call is sent with: a verdict is a few hundred tokens.</summary>
    public const int MaxOutputTokens = 600;
}
