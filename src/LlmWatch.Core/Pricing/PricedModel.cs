namespace LlmWatch.Core.Pricing;

/// <summary>One priced model: the dataset's id and name, the rule that selects it, and its (date-conditional) prices.</summary>
public sealed record PricedModel(string Id, string Name, MatchRule Match, IReadOnlyList<DatedPrices> Prices, PriceSource Source)
{
    /// <summary>
    /// The prices in force at <paramref name="at"/>: the last entry whose start date is on or before the UTC date of
    /// <paramref name="at"/> (genai-prices checks conditional prices from the last to the first); null when none applies.
    /// </summary>
    public ModelPrices? PricesAt(DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        for (var i = Prices.Count - 1; i >= 0; i--)
        {
            var entry = Prices[i];
            if (entry.StartDate is not { } start || start <= day)
                return entry.Prices;
        }
        return null;
    }
}
