using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Judge;

/// <summary>Prices judge calls with the price book under the judge model's id; null when that model is unpriced.</summary>
public static class JudgePricing
{
    public static Func<TokenCounts, DateTimeOffset, double?> FromPriceBook(PriceBook priceBook, string judgeModelId) =>
        (tokens, at) => priceBook.TryGetCost(judgeModelId, at, tokens, out var cost) ? cost : null;
}
