using LlmWatch.Core.Records;

namespace LlmWatch.Core.Pricing;

/// <summary>The cost of one priced invocation and the tier whose prices produced it.</summary>
/// <param name="Usd">Cost in USD.</param>
/// <param name="PricedAs">The tier whose prices were used: the record's own tier, or <see cref="ServiceTier.Default"/>
/// when no price is published for that tier on this model (the record is then priced at the standard rate and counted).</param>
public readonly record struct CostQuote(double Usd, ServiceTier PricedAs);
