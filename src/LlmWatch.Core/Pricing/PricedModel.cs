using LlmWatch.Core.Records;

namespace LlmWatch.Core.Pricing;

/// <summary>One priced model: the dataset's id and name, the rule that selects it, and its (date-conditional) prices.</summary>
public sealed record PricedModel(string Id, string Name, MatchRule Match, IReadOnlyList<DatedPrices> Prices, PriceSource Source)
{
    /// <summary>Where a hand-maintained price (supplement or override) was read, when the file says; null for the dataset.</summary>
    public PriceCitation? Citation { get; init; }

    /// <summary>Published prices at non-standard service tiers (flex, priority, latency-optimized), with their sources.</summary>
    public IReadOnlyList<ServiceTierPrices> ServiceTiers { get; init; } = [];

    /// <summary>
    /// The prices in force at <paramref name="at"/>: the last entry whose start date is on or before the UTC date of
    /// <paramref name="at"/> (genai-prices checks conditional prices from the last to the first); null when none applies.
    /// </summary>
    public ModelPrices? PricesAt(DateTimeOffset at) => EntryAt(Prices, at);

    /// <summary>
    /// The prices in force at <paramref name="at"/> for an invocation served at <paramref name="tier"/>, and the tier
    /// they belong to: the tier's published prices where this model has them, the standard prices otherwise.
    /// </summary>
    public ModelPrices? PricesAt(DateTimeOffset at, ServiceTier tier, out ServiceTier pricedAs)
    {
        if (tier != ServiceTier.Default)
        {
            // Indexed, not foreach: enumerating the interface would box an enumerator on the hot path.
            var tiers = ServiceTiers;
            for (var i = 0; i < tiers.Count; i++)
            {
                if (tiers[i].Tier == tier)
                {
                    pricedAs = tier;
                    return EntryAt(tiers[i].Merged, at);
                }
            }
        }
        pricedAs = ServiceTier.Default;
        return EntryAt(Prices, at);
    }

    private static ModelPrices? EntryAt(IReadOnlyList<DatedPrices> entries, DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var entry = entries[i];
            if (entry.StartDate is not { } start || start <= day)
                return entry.Prices;
        }
        return null;
    }
}
