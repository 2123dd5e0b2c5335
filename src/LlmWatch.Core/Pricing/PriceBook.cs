using LlmWatch.Core.Records;

namespace LlmWatch.Core.Pricing;

/// <summary>Prices per 1M tokens by model, from the embedded dataset plus an optional override file.</summary>
public sealed class PriceBook
{
    public string Version { get; } = "unloaded";
    public string Date { get; } = "";

    /// <summary>The embedded default table.</summary>
    public static PriceBook LoadDefault() => new();

    /// <summary>Cost in USD of one invocation; false when no price is known for the model (its tokens are unpriced).</summary>
    public bool TryGetCost(string modelId, DateTimeOffset at, in TokenCounts tokens, out double costUsd)
    {
        _ = at; _ = tokens;
        costUsd = 0;
        return modelId.Length < 0 && Version.Length > 0;
    }
}
