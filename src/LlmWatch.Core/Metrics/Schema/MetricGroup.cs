namespace LlmWatch.Core.Metrics.Schema;

/// <summary>
/// Metrics published together: one namespace, one list of dimension sets, one producer. For LlmWatch's own groups
/// that is one kind of EMF record, whose directive declares every dimension set once.
/// </summary>
public sealed class MetricGroup
{
    private readonly List<MetricSpec> _metrics = [];
    private readonly List<MetricSpec> _sums = [];
    private readonly List<MetricSpec> _distributions = [];
    private readonly List<MetricSpec> _gauges = [];

    internal MetricGroup(string description, MetricProducer producer, string @namespace, string[][] dimensionSets)
    {
        Description = description;
        Producer = producer;
        Namespace = @namespace;
        DimensionSets = [.. dimensionSets.Select(names => new DimensionSet(names))];
    }

    /// <summary>What one datapoint of the group stands for, or which service publishes it.</summary>
    public string Description { get; }
    public MetricProducer Producer { get; }
    /// <summary>The default namespace; LlmWatch's own namespaces can be renamed at deploy time.</summary>
    public string Namespace { get; }
    public IReadOnlyList<DimensionSet> DimensionSets { get; }
    /// <summary>In declaration order.</summary>
    public IReadOnlyList<MetricSpec> Metrics => _metrics;
    public IReadOnlyList<MetricSpec> Sums => _sums;
    public IReadOnlyList<MetricSpec> Distributions => _distributions;

    /// <summary>Whether an LlmWatch EMF writer emits the group (otherwise AWS publishes it).</summary>
    public bool IsEmitted => Producer != MetricProducer.Aws;

    /// <summary>Whether the group is published with exactly these dimension names.</summary>
    public bool Declares(IEnumerable<string> dimensionNames)
    {
        var names = dimensionNames.ToList();
        return DimensionSets.Any(set => set.Matches(names));
    }

    internal MetricSpec Sum(string name, EmfUnit unit, string meaning, int? decimals = null) =>
        Add(_sums, name, unit, MetricKind.Sum, meaning, decimals);

    internal MetricSpec Distribution(string name, EmfUnit unit, string meaning, int? decimals = null) =>
        Add(_distributions, name, unit, MetricKind.Distribution, meaning, decimals);

    /// <summary>Levels are read, never written: LlmWatch's EMF holds sums and distributions only.</summary>
    internal MetricSpec Gauge(string name, EmfUnit unit, string meaning) => IsEmitted
        ? throw new InvalidOperationException($"{name}: LlmWatch emits sums and distributions, not gauges")
        : Add(_gauges, name, unit, MetricKind.Gauge, meaning, decimals: null);

    private MetricSpec Add(List<MetricSpec> kind, string name, EmfUnit unit, MetricKind metricKind, string meaning, int? decimals)
    {
        var metric = new MetricSpec(this, name, unit, metricKind, kind.Count, meaning, decimals);
        kind.Add(metric);
        _metrics.Add(metric);
        return metric;
    }
}
