using LlmWatch.Core.Records;

namespace LlmWatch.Core.Pricing;

/// <summary>
/// Published prices of one model at one service tier (flex, priority, latency-optimized), as absolute USD per 1M tokens
/// with their source. Kinds the tier does not publish are billed at the model's standard published price for that kind.
/// </summary>
public sealed record ServiceTierPrices(ServiceTier Tier, ModelPrices Published, PriceCitation Citation)
{
    /// <summary>The tier's prices merged over each dated standard entry of the model (same order and start dates).</summary>
    internal IReadOnlyList<DatedPrices> Merged { get; init; } = [];

    /// <summary>
    /// This tier's published prices over one standard entry: each kind the tier publishes replaces the standard one; a
    /// one-hour write price the standard entry only had by derivation is dropped, so the caller derives it again from
    /// the tier's own input price.
    /// </summary>
    internal ModelPrices Over(ModelPrices standard) => new(
        Published.Input ?? standard.Input,
        Published.Output ?? standard.Output,
        Published.CacheRead ?? standard.CacheRead,
        Published.CacheWrite ?? standard.CacheWrite,
        Published.CacheWrite1h ?? (standard.CacheWrite1hDerived ? null : standard.CacheWrite1h));
}
