namespace LlmWatch.Core.Pricing;

/// <summary>Where a model's price came from.</summary>
public enum PriceSource
{
    /// <summary>The embedded genai-prices table.</summary>
    Dataset,
    /// <summary>The embedded supplementary table: models the dataset lacks, each price with its own source (the dataset wins where both have a model).</summary>
    Supplement,
    /// <summary>The user's override file.</summary>
    Override,
}
