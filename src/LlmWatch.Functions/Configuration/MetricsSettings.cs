using LlmWatch.Core.Metrics.Schema;

namespace LlmWatch.Functions.Configuration;

/// <summary>Settings of the <c>metrics</c> handler: the EMF namespace (prices: <see cref="PriceBookLoader"/>).</summary>
internal sealed record MetricsSettings(string Namespace)
{
    public const string NamespaceVariable = "METRICS_NAMESPACE";

    public static MetricsSettings From(SettingsSource source) =>
        new(NamespaceSetting.Read(source, NamespaceVariable, MetricNamespaces.LlmWatch));
}
