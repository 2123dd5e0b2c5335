using LlmWatch.Core.Judge;

namespace LlmWatch.Functions.Configuration;

/// <summary>Sampling for the judge, read by the <c>metrics</c> handler; absent (null) when no judge queue is configured.</summary>
internal sealed record JudgeSamplingSettings(string QueueUrl, JudgeSamplingOptions Options)
{
    public const string QueueUrlVariable = "JUDGE_QUEUE_URL";
    public const string SampleRateVariable = "JUDGE_SAMPLE_RATE";
    public const string JudgeCallerVariable = "JUDGE_CALLER";
    public const string MaxTextCharsVariable = "JUDGE_MAX_TEXT_CHARS";

    public static JudgeSamplingSettings? From(SettingsSource source)
    {
        if (source.Optional(QueueUrlVariable) is not { } url)
            return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out _))
            throw new ConfigurationException(QueueUrlVariable, $"Setting {QueueUrlVariable} must be an absolute queue URL, got '{url}'.");
        var options = new JudgeSamplingOptions(
            JudgeSettings.Number(source, SampleRateVariable, JudgeSamplingOptions.DefaultRate, 0, 1),
            source.Optional(JudgeCallerVariable),
            (int)JudgeSettings.Number(source, MaxTextCharsVariable, JudgeSamplingOptions.DefaultMaxTextChars, 100, 40_000));
        return new JudgeSamplingSettings(url, options);
    }
}
