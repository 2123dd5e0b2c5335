using System.Text.Json;

namespace LlmWatch.Core.Metrics.Schema;

/// <summary>One metric of <see cref="MetricSchema"/>: its name, unit and kind; namespace and dimension sets come from its group.</summary>
public sealed class MetricSpec
{
    internal MetricSpec(MetricGroup group, string name, EmfUnit unit, MetricKind kind, int slot, string meaning, int? decimals)
    {
        Group = group;
        Name = name;
        Unit = unit;
        Kind = kind;
        Slot = slot;
        Meaning = meaning;
        Decimals = decimals;
        EncodedName = JsonEncodedText.Encode(name);
    }

    public string Name { get; }
    public EmfUnit Unit { get; }
    public MetricKind Kind { get; }
    public MetricGroup Group { get; }
    public string Namespace => Group.Namespace;
    public IReadOnlyList<DimensionSet> DimensionSets => Group.DimensionSets;
    /// <summary>What the metric counts or measures, as README's metric tables say it.</summary>
    public string Meaning { get; }
    /// <summary>Index among the group's metrics of the same kind: where measuring code and the EMF writer keep its values.</summary>
    public int Slot { get; }
    /// <summary>Decimal places the emitted value is rounded to; null writes it as measured.</summary>
    public int? Decimals { get; }

    internal JsonEncodedText EncodedName { get; }

    /// <summary>Whether <paramref name="stat"/> means something for this metric: percentiles only for distributions.</summary>
    public bool Supports(string stat) => !IsPercentile(stat) || Kind == MetricKind.Distribution;

    internal double Round(double value) => Decimals is { } digits ? Math.Round(value, digits) : value;

    public override string ToString() => $"{Namespace} {Name}";

    private static bool IsPercentile(string stat) => stat.Length > 1 && stat[0] is 'p' or 'P' && char.IsAsciiDigit(stat[1]);
}
