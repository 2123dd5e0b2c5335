namespace LlmWatch.Core.Pricing;

/// <summary>Prices that apply from <paramref name="StartDate"/> (UTC, inclusive); null means "from the beginning".</summary>
public sealed record DatedPrices(DateOnly? StartDate, ModelPrices Prices);
