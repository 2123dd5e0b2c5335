using LlmWatch.Core.Metrics.Schema;

namespace LlmWatch.Core.Metrics;

/// <summary>How EMF is written: namespace (1–255 characters) and the price-table label put in metadata.</summary>
public sealed record EmfOptions
{
    public const string DefaultNamespace = MetricNamespaces.LlmWatch;

    public string Namespace { get; }

    public EmfOptions(string @namespace = DefaultNamespace)
    {
        if (string.IsNullOrWhiteSpace(@namespace) || @namespace.Length > 255)
            throw new ArgumentException("metrics namespace must be 1 to 255 characters", nameof(@namespace));
        Namespace = @namespace;
    }
}
