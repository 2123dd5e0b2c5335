namespace LlmWatch.Core.Metrics.Schema;

/// <summary>One set of dimension names a metric is published with. CloudWatch tells sets apart by their names, not their order.</summary>
public sealed class DimensionSet(IReadOnlyList<string> names)
{
    /// <summary>The names in the order EMF declares them.</summary>
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>Whether <paramref name="names"/> are exactly this set's names, in any order.</summary>
    public bool Matches(IEnumerable<string> names)
    {
        var given = names.ToHashSet(StringComparer.Ordinal);
        return given.Count == Names.Count && Names.All(given.Contains);
    }

    public override string ToString() => $"[{string.Join(", ", Names)}]";
}
