namespace LlmWatch.Core.Pricing;

/// <summary>
/// Anthropic bills a one-hour prompt-cache write at 2× the base input price (a five-minute write at 1.25×). The dataset
/// publishes <c>cache_write_1h_mtok</c> for few Claude models, so for every Anthropic model without it the one-hour price
/// is derived from this rule instead of falling back to the five-minute price (which under-bills by 37.5%).
/// Sources (read 2026-12-01): Anthropic, "Pricing", prompt caching table ("1h cache writes: 2x base input");
/// Amazon Bedrock User Guide, "Prompt caching" (one-hour TTL on Claude Opus 4.5, Haiku 4.5, Sonnet 4.5 and later). The
/// dataset's own Bedrock entries that do carry the price follow it exactly (Claude Opus 5.5: 8 = 2 × 4 global,
/// 8.8 = 2 × 4.4 regional). The stored copy of aws.amazon.com/bedrock/pricing renders no figures, so none is read from it.
/// </summary>
public static class OneHourCacheWriteRule
{
    /// <summary>Multiplier on the input price.</summary>
    public const double InputMultiplier = 2.0;

    public static readonly PriceCitation Citation = new(
        "Anthropic pricing, prompt caching (https://docs.anthropic.com/en/docs/about-claude/pricing: 1h cache writes 2x base input); "
        + "Amazon Bedrock User Guide, prompt caching (https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html: 1-hour TTL on Claude 4.5 and later)",
        "2026-12-01");

    /// <summary>Whether the rule applies to a price entry: Anthropic models, recognized by the entry's id.</summary>
    public static bool AppliesTo(string priceEntryId) => priceEntryId.Contains("anthropic.", StringComparison.OrdinalIgnoreCase);

    /// <summary><paramref name="prices"/> with the one-hour write price derived when it is missing; unchanged otherwise.</summary>
    public static ModelPrices Apply(ModelPrices prices) =>
        prices.CacheWrite1h is not null || prices.Input is null
            ? prices
            : prices with { CacheWrite1h = prices.Input.Times(InputMultiplier), CacheWrite1hDerived = true };
}
