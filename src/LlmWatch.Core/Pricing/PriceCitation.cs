namespace LlmWatch.Core.Pricing;

/// <summary>Where a hand-maintained price was read and when (supplementary prices, service-tier prices, derived rules).</summary>
/// <param name="Source">The page or data set the figure comes from, with how it was read when not first-hand.</param>
/// <param name="Date">The day (YYYY-MM-DD) the figure was read or published.</param>
public sealed record PriceCitation(string Source, string Date)
{
    public override string ToString() => $"{Source} ({Date})";
}
