using System.Text;

namespace LlmWatch.Core.Metrics.Schema;

/// <summary>
/// README's metric tables, written from <see cref="MetricSchema"/> between markers such as
/// <c>&lt;!-- metrics LlmWatch --&gt;</c> … <c>&lt;!-- /metrics --&gt;</c>: one table per LlmWatch namespace and one of
/// the AWS metrics alarms and dashboards read. Consecutive metrics with the same unit and meaning share a row.
/// </summary>
public static class MetricTables
{
    private const string End = "<!-- /metrics -->";

    /// <summary>The sections by name: the two LlmWatch namespaces, and <c>AWS</c> for metrics AWS publishes.</summary>
    public static IReadOnlyDictionary<string, string> Sections { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MetricNamespaces.LlmWatch] = Emitted(MetricNamespaces.LlmWatch),
        [MetricNamespaces.Quality] = Emitted(MetricNamespaces.Quality),
        ["AWS"] = Aws(),
    };

    /// <summary>The text with every section's table replaced by the schema's.</summary>
    /// <exception cref="FormatException">A section's markers are missing or unclosed.</exception>
    public static string Splice(string text)
    {
        var result = text;
        foreach (var (name, table) in Sections)
        {
            var start = $"<!-- metrics {name} -->";
            var from = result.IndexOf(start, StringComparison.Ordinal);
            var to = from < 0 ? -1 : result.IndexOf(End, from, StringComparison.Ordinal);
            if (to < 0)
                throw new FormatException($"no '{start}' … '{End}' section for the {name} metrics table");
            from += start.Length;
            result = string.Concat(result.AsSpan(0, from), "\n", table, result.AsSpan(to));
        }
        return result;
    }

    private static string Emitted(string @namespace)
    {
        var sb = new StringBuilder("| metric | unit | meaning |\n|---|---|---|\n");
        var metrics = MetricSchema.Groups.Where(g => g.IsEmitted && g.Namespace == @namespace).SelectMany(g => g.Metrics).ToList();
        foreach (var row in Rows(metrics))
            sb.Append(Names(row)).Append(" | ").Append(EmfUnits.Name(row[0].Unit)).Append(" | ").Append(row[0].Meaning).Append(" |\n");
        return sb.ToString();
    }

    private static string Aws()
    {
        var sb = new StringBuilder("| namespace | metric | unit | kind | meaning |\n|---|---|---|---|---|\n");
        foreach (var group in MetricSchema.Groups.Where(g => !g.IsEmitted))
        {
            foreach (var metric in group.Metrics)
            {
                sb.Append("| `").Append(group.Namespace).Append("` | `").Append(metric.Name).Append("` | ").Append(EmfUnits.Name(metric.Unit))
                    .Append(" | ").Append(metric.Kind.ToString().ToLowerInvariant()).Append(" | ").Append(metric.Meaning).Append(" |\n");
            }
        }
        return sb.ToString();
    }

    private static string Names(List<MetricSpec> row) => "| " + string.Join(", ", row.Select(m => $"`{m.Name}`"));

    private static IEnumerable<List<MetricSpec>> Rows(List<MetricSpec> metrics)
    {
        var row = new List<MetricSpec>();
        foreach (var metric in metrics)
        {
            if (row.Count > 0 && (row[0].Unit != metric.Unit || row[0].Meaning != metric.Meaning))
            {
                yield return row;
                row = [];
            }
            row.Add(metric);
        }
        if (row.Count > 0)
            yield return row;
    }
}
