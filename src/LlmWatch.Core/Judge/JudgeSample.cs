namespace LlmWatch.Core.Judge;

/// <summary>One sampled invocation on its way to the judge: who called which model, and the text to grade.</summary>
public sealed record JudgeSample
{
    public required string RequestId { get; init; }
    public required string ModelId { get; init; }
    public required string Caller { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
    public required string Prompt { get; init; }
    public required string Response { get; init; }
    public bool PromptTruncated { get; init; }
    public bool ResponseTruncated { get; init; }
}
