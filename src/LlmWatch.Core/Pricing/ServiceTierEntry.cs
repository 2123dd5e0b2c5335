namespace LlmWatch.Core.Pricing;

/// <summary>One <c>service_tiers</c> entry of a price file: the price entry it belongs to and the tier's prices.</summary>
internal sealed record ServiceTierEntry(string ModelId, ServiceTierPrices Prices, string Path);
