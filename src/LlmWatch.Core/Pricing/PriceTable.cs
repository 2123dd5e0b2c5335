namespace LlmWatch.Core.Pricing;

/// <summary>A parsed price file: the embedded dataset, the supplement or a user override (same format, see README "Pricing").</summary>
/// <param name="WithoutMatch">Ids of models given without a match rule (they match their own id, or keep the rule of the model they replace).</param>
internal sealed record PriceTable(
    string? Source,
    string? Version,
    string? Date,
    IReadOnlyList<PricedModel> Models,
    IReadOnlyDictionary<string, string> Aliases,
    IReadOnlySet<string> WithoutMatch)
{
    /// <summary>Service-tier prices the file gives, by the id of the price entry they belong to.</summary>
    public IReadOnlyList<ServiceTierEntry> ServiceTiers { get; init; } = [];
}
