namespace LlmWatch.Aws.Bedrock;

/// <summary>Token counts of one Converse call.</summary>
internal sealed record ConverseUsage
{
    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public long TotalTokens { get; init; }

    public long? CacheReadInputTokens { get; init; }

    public long? CacheWriteInputTokens { get; init; }
}
