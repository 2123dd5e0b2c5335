namespace LlmWatch.Core.Records;

/// <summary>
/// The rate class an invocation was served and billed at: Bedrock's <c>serviceTier.type</c> (<c>default</c>,
/// <c>priority</c>, <c>flex</c>, <c>reserved</c>) combined with <c>performanceConfig.latency</c> (<c>optimized</c>),
/// as the response reports it (Bedrock serves a request at another tier when the asked-for one is unavailable, and
/// bills what it served). See README "Pricing" for how each prices.
/// </summary>
public enum ServiceTier
{
    /// <summary>Standard on-demand (no tier given, <c>default</c>, or latency <c>standard</c>).</summary>
    Default = 0,
    /// <summary><c>priority</c>: a premium over standard.</summary>
    Priority,
    /// <summary><c>flex</c>: a discount for work that tolerates delay.</summary>
    Flex,
    /// <summary><c>reserved</c>: capacity bought per tokens-per-minute per month, not per token.</summary>
    Reserved,
    /// <summary><c>performanceConfig.latency = optimized</c> on the standard tier.</summary>
    LatencyOptimized,
    /// <summary>A tier value or combination AWS does not document (for example <c>priority</c> with latency <c>optimized</c>).</summary>
    Other,
}
