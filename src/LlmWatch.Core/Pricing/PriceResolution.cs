namespace LlmWatch.Core.Pricing;

/// <summary>How a logged model id resolves to a priced model, for cost and for <c>llmwatch prices --model</c>.</summary>
/// <param name="LoggedId">The id as logged.</param>
/// <param name="NormalizedId">Lower-case id after taking the part after the last '/' of an ARN.</param>
/// <param name="Kind">What form the logged id has.</param>
/// <param name="AliasTarget">The override alias the id was mapped through, if any.</param>
/// <param name="MatchedId">The id the price rule matched (the alias target, or the id without a geographic prefix).</param>
/// <param name="Model">The priced model; null when the id is unpriced.</param>
/// <param name="Rule">The rule (or the matching branch of an <c>or</c> rule) that selected <paramref name="Model"/>.</param>
/// <param name="Note">Why the id is unpriced, or how it was priced when that is not obvious.</param>
public sealed record PriceResolution(
    string LoggedId,
    string NormalizedId,
    ModelIdKind Kind,
    string? AliasTarget,
    string? MatchedId,
    PricedModel? Model,
    MatchRule? Rule,
    string? Note)
{
    public bool IsPriced => Model is not null;
}
