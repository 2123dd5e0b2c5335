namespace LlmWatch.Core.Pricing;

/// <summary>A price per 1M tokens that applies once the prompt is larger than <paramref name="Start"/> tokens.</summary>
public readonly record struct PriceTier(long Start, double Price);
