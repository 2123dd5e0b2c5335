namespace LlmWatch.Core.Pricing;

/// <summary>How a logged model id finds its price entry: aliases, ARN kinds, match rules in order, geographic prefixes.</summary>
internal static class PriceResolver
{
    public static PriceResolution Resolve(string loggedId, PricedModel[] models, Dictionary<string, string>? aliases)
    {
        var normalized = ModelIdNormalizer.Normalize(loggedId, out var kind);
        string? alias = null;
        if (aliases is not null && (aliases.TryGetValue(loggedId.Trim(), out alias) || aliases.TryGetValue(normalized, out alias)))
        {
            var target = Resolve(alias, models, aliases: null);
            return new PriceResolution(loggedId, normalized, kind, alias, target.MatchedId, target.Model, target.Rule,
                target.IsPriced ? $"override alias to {alias}" : $"override alias to {alias}, which matches no priced model");
        }
        if (!ModelIdNormalizer.NamesModel(kind))
            return new PriceResolution(loggedId, normalized, kind, null, null, null, null,
                $"this {KindName(kind)} does not say which model it runs; map it in the override file's \"aliases\"");
        if (Match(models, normalized) is var (model, rule))
            return new PriceResolution(loggedId, normalized, kind, null, normalized, model, rule, null);
        // AWS bills geographic cross-region inference at the source region's price, which is the base model's
        // regional price; the dataset lists the common prefixes but not all of them, so retry without the prefix.
        // `global.` is never stripped (global prices differ from regional ones).
        if (ModelIdNormalizer.StripGeoPrefix(normalized) is { } baseId && Match(models, baseId) is var (baseModel, baseRule))
            return new PriceResolution(loggedId, normalized, kind, null, baseId, baseModel, baseRule,
                "priced as the base model: no rule for this geographic prefix");
        return new PriceResolution(loggedId, normalized, kind, null, null, null, null, "no price rule matches this model id");
    }

    private static (PricedModel Model, MatchRule Rule)? Match(PricedModel[] models, string id)
    {
        foreach (var model in models)
        {
            if (model.Match.Explain(id) is { } rule)
                return (model, rule);
        }
        return null;
    }

    private static string KindName(ModelIdKind kind) => kind switch
    {
        ModelIdKind.ApplicationInferenceProfileArn => "application-inference-profile ARN",
        ModelIdKind.ProvisionedModelArn => "provisioned-model ARN",
        ModelIdKind.CustomModelArn => "custom-model ARN",
        ModelIdKind.ImportedModelArn => "imported-model ARN",
        _ => "ARN of this kind",
    };
}
