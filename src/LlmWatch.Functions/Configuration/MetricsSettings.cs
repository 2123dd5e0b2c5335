namespace LlmWatch.Functions.Configuration;

/// <summary>Settings of the <c>metrics</c> handler: the EMF namespace (prices: <see cref="PriceBookLoader"/>).</summary>
internal sealed record MetricsSettings(string Namespace)
{
    public const string NamespaceVariable = "METRICS_NAMESPACE";
    public const string DefaultNamespace = "LlmWatch";

    public static MetricsSettings From(SettingsSource source)
    {
        var ns = source.Optional(NamespaceVariable) ?? DefaultNamespace;
        // CloudWatch namespaces: 1-255 chars, no leading colon, printable ASCII.
        if (ns.Length > 255 || ns.StartsWith(':') || ns.Any(c => c < 0x20 || c > 0x7E))
            throw new ConfigurationException(NamespaceVariable, $"Setting {NamespaceVariable} is not a valid CloudWatch namespace: '{ns}'.");
        return new MetricsSettings(ns);
    }
}
