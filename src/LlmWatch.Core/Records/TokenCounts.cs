namespace LlmWatch.Core.Records;

/// <summary>Token counts of one invocation as billed: input excludes cache reads and writes.</summary>
/// <param name="CacheWrite1h">The part of <paramref name="CacheWrite"/> written with a one-hour TTL (Anthropic bodies only).</param>
public readonly record struct TokenCounts(long Input, long Output, long CacheRead, long CacheWrite, long CacheWrite1h = 0)
{
    public long Total => Input + Output + CacheRead + CacheWrite;
}
