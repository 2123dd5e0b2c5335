namespace LlmWatch.Core.Records;

/// <summary>Maps the wire values of <c>serviceTier.type</c> and <c>performanceConfig.latency</c> to one <see cref="ServiceTier"/>.</summary>
public static class ServiceTierWire
{
    /// <summary>
    /// The tier a record was served at. An absent or empty value is the default; values compare ignoring ASCII case.
    /// Latency <c>optimized</c> is its own rate only on the standard tier: AWS documents no price for it combined with
    /// priority, flex or reserved, so such a combination is <see cref="ServiceTier.Other"/> (priced as standard, flagged).
    /// </summary>
    public static ServiceTier Parse(ReadOnlySpan<byte> serviceTierType, ReadOnlySpan<byte> latency)
    {
        var tier = TierOf(serviceTierType);
        var optimized = latency.Length > 0 && System.Text.Ascii.EqualsIgnoreCase(latency, "optimized"u8);
        if (!optimized)
            return tier;
        return tier == ServiceTier.Default ? ServiceTier.LatencyOptimized : ServiceTier.Other;
    }

    /// <summary>The same for values already decoded to strings (null when absent).</summary>
    public static ServiceTier Parse(string? serviceTierType, string? latency) =>
        Parse(System.Text.Encoding.UTF8.GetBytes(serviceTierType ?? ""), System.Text.Encoding.UTF8.GetBytes(latency ?? ""));

    /// <summary>The name used in output and in price files: <c>default</c>, <c>priority</c>, <c>flex</c>, <c>reserved</c>, <c>latency_optimized</c>, <c>other</c>.</summary>
    public static string Name(ServiceTier tier) => tier switch
    {
        ServiceTier.Default => "default",
        ServiceTier.Priority => "priority",
        ServiceTier.Flex => "flex",
        ServiceTier.Reserved => "reserved",
        ServiceTier.LatencyOptimized => "latency_optimized",
        _ => "other",
    };

    private static ServiceTier TierOf(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty || System.Text.Ascii.EqualsIgnoreCase(value, "default"u8))
            return ServiceTier.Default;
        if (System.Text.Ascii.EqualsIgnoreCase(value, "priority"u8))
            return ServiceTier.Priority;
        if (System.Text.Ascii.EqualsIgnoreCase(value, "flex"u8))
            return ServiceTier.Flex;
        if (System.Text.Ascii.EqualsIgnoreCase(value, "reserved"u8))
            return ServiceTier.Reserved;
        return ServiceTier.Other;
    }
}
