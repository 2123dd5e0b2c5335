namespace LlmWatch.Core.Judge;

/// <summary>What the metrics path sends to the judge.</summary>
/// <param name="Rate">Fraction of successful invocations with text to judge, 0–1 (default 5%).</param>
/// <param name="JudgeCaller">Caller name (IAM role) of the judge itself: its own Bedrock calls are never sampled.</param>
/// <param name="MaxTextChars">Characters kept of the prompt (its end) and of the response (its start).</param>
public sealed record JudgeSamplingOptions(double Rate = JudgeSamplingOptions.DefaultRate, string? JudgeCaller = null, int MaxTextChars = JudgeSamplingOptions.DefaultMaxTextChars)
{
    public const double DefaultRate = 0.05;
    public const int DefaultMaxTextChars = 8000;

    /// <summary>Ranges the options must be in; null when valid, else a message naming the setting.</summary>
    public string? Validate() =>
        !(Rate is >= 0 and <= 1) ? $"sample rate must be within 0..1, got {Rate}"
        : MaxTextChars is < 100 or > 40_000 ? $"max text chars must be within 100..40000, got {MaxTextChars}"
        : null;
}
