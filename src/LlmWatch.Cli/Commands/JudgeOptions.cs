using LlmWatch.Core.Judge;

namespace LlmWatch.Cli.Commands;

/// <summary>What <c>llmwatch judge</c> was asked to do.</summary>
internal sealed record JudgeOptions(
    string[] Paths,
    Uri Endpoint,
    string Model,
    double SampleRate,
    bool Json,
    string ApiKeyVariable,
    int MaxTextChars,
    int Concurrency,
    string? JudgeCaller,
    CompositeWeights Weights,
    TimeSpan Timeout);
