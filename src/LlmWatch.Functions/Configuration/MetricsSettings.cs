namespace LlmWatch.Functions.Configuration;

/// <summary>Settings of the <c>metrics</c> handler: EMF namespace and an optional price-table override file.</summary>
internal sealed record MetricsSettings(string Namespace, string? PriceFilePath)
{
    public const string NamespaceVariable = "METRICS_NAMESPACE";
    public const string PriceFileVariable = "PRICE_FILE";
    public const string DefaultNamespace = "LlmWatch";

    public static MetricsSettings From(SettingsSource source)
    {
        var ns = source.Optional(NamespaceVariable) ?? DefaultNamespace;
        // CloudWatch namespaces: 1-255 chars, no leading colon, printable ASCII.
        if (ns.Length > 255 || ns.StartsWith(':') || ns.Any(c => c < 0x20 || c > 0x7E))
            throw new ConfigurationException(NamespaceVariable, $"Setting {NamespaceVariable} is not a valid CloudWatch namespace: '{ns}'.");
        var priceFile = source.Optional(PriceFileVariable);
        if (priceFile is not null && !File.Exists(priceFile))
            throw new ConfigurationException(PriceFileVariable, $"Setting {PriceFileVariable} names a file that does not exist: '{priceFile}'.");
        return new MetricsSettings(ns, priceFile);
    }
}
