namespace LlmWatch.Core.Pricing;

/// <summary>Where a model's price came from.</summary>
public enum PriceSource
{
    /// <summary>The embedded genai-prices table.</summary>
    Dataset,
    /// <summary>The user's override file.</summary>
    Override,
}
