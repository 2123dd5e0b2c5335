namespace LlmWatch.Core.Pricing;

/// <summary>
/// Builds the model list of a price book: the supplement merged under the dataset, override models over both, and on
/// every entry the derived one-hour write price (Anthropic) and the service-tier prices merged over its standard ones.
/// </summary>
internal static class PriceBookAssembly
{
    /// <summary>Dataset models in their order, then the supplement's models whose id the dataset does not have (dataset wins).</summary>
    public static List<PricedModel> MergeUnder(IReadOnlyList<PricedModel> dataset, IReadOnlyList<PricedModel> supplement)
    {
        var ids = new HashSet<string>(dataset.Select(m => m.Id), StringComparer.OrdinalIgnoreCase);
        var models = new List<PricedModel>(dataset);
        foreach (var model in supplement)
        {
            if (ids.Add(model.Id))
                models.Add(model);
        }
        return models;
    }

    /// <summary>
    /// Attaches each service-tier entry to the model with its id (replacing that model's prices for the same tier), then
    /// finishes every model. Throws <see cref="PriceTableException"/> for an entry naming no model.
    /// </summary>
    public static PricedModel[] Finish(List<PricedModel> models, IReadOnlyList<ServiceTierEntry> serviceTiers)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < models.Count; i++)
            index.TryAdd(models[i].Id, i);
        foreach (var entry in serviceTiers)
        {
            if (!index.TryGetValue(entry.ModelId, out var i))
                throw new PriceTableException($"{entry.Path}.model: \"{entry.ModelId}\" is not the id of any price entry");
            var tiers = models[i].ServiceTiers.Where(t => t.Tier != entry.Prices.Tier).Append(entry.Prices).ToList();
            models[i] = models[i] with { ServiceTiers = tiers };
        }
        var finished = new PricedModel[models.Count];
        for (var i = 0; i < models.Count; i++)
            finished[i] = FinishModel(models[i]);
        return finished;
    }

    // Idempotent: a finished model passes through unchanged, so a book built over another can finish every model again.
    private static PricedModel FinishModel(PricedModel model)
    {
        var anthropic = OneHourCacheWriteRule.AppliesTo(model.Id);
        var prices = model.Prices.Select(p => anthropic ? p with { Prices = OneHourCacheWriteRule.Apply(p.Prices) } : p).ToList();
        var tiers = model.ServiceTiers.Select(tier => tier with
        {
            Merged = [.. prices.Select(p =>
            {
                var merged = tier.Over(p.Prices);
                return p with { Prices = anthropic ? OneHourCacheWriteRule.Apply(merged) : merged };
            })],
        }).ToList();
        return model with { Prices = prices, ServiceTiers = tiers };
    }
}
