using LlmWatch.Core.Records;

namespace LlmWatch.Core.Pricing;

/// <summary>USD per 1M tokens for each kind of token one model bills; null where the dataset publishes no price.</summary>
public sealed record ModelPrices(
    TieredPrice? Input,
    TieredPrice? Output,
    TieredPrice? CacheRead = null,
    TieredPrice? CacheWrite = null,
    TieredPrice? CacheWrite1h = null)
{
    private const double PerMillion = 1_000_000d;

    /// <summary>True when <see cref="CacheWrite1h"/> was not published but derived by <see cref="OneHourCacheWriteRule"/>.</summary>
    public bool CacheWrite1hDerived { get; init; }

    /// <summary>
    /// Cost in USD of one invocation; false when a kind of token the invocation used has no price at all (no input
    /// price, or output tokens on a model published without an output price such as an embedding model). <c>tokens.Input</c> excludes cache tokens (as Bedrock logs it) and
    /// <c>tokens.CacheWrite</c> includes the one-hour part <c>tokens.CacheWrite1h</c>.
    /// Fallbacks where the dataset publishes no price for a kind (documented in README "Pricing"):
    /// cache read and cache write without a price are billed as ordinary input (Bedrock bills a token it does not
    /// discount at the input rate; genai-prices would price them at 0, which under-counts); a one-hour cache write
    /// without <c>cache_write_1h_mtok</c> uses the cache write price, except on Anthropic models, where the price book
    /// derives it at load (<see cref="OneHourCacheWriteRule"/>).
    /// Tiers are chosen by the whole prompt, <c>Input + CacheRead + CacheWrite</c>, as genai-prices does (its Bedrock
    /// usage extractor adds cache reads and writes to input tokens before comparing with a tier start).
    /// </summary>
    public bool TryCostUsd(in TokenCounts tokens, out double costUsd)
    {
        costUsd = 0;
        if (Input is null || (Output is null && tokens.Output != 0))
            return false;
        var prompt = tokens.Input + tokens.CacheRead + tokens.CacheWrite;
        var input = Input.At(prompt);
        var cacheRead = CacheRead?.At(prompt) ?? input;
        var cacheWrite = CacheWrite?.At(prompt) ?? input;
        var cacheWrite1h = CacheWrite1h?.At(prompt) ?? cacheWrite;
        var write1h = Math.Min(tokens.CacheWrite1h, tokens.CacheWrite);
        var write5m = tokens.CacheWrite - write1h;
        var sum = (tokens.Input * input)
            + (tokens.Output == 0 ? 0 : tokens.Output * Output!.At(prompt))
            + (tokens.CacheRead * cacheRead)
            + (write5m * cacheWrite)
            + (write1h * cacheWrite1h);
        costUsd = sum / PerMillion;
        return true;
    }
}
