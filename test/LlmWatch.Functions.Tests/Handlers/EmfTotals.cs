using System.Text.Json;

namespace LlmWatch.Functions.Tests.Handlers;

/// <summary>Reads EMF lines back: totals of a metric over every record that declares it, and the namespaces used.</summary>
internal sealed record EmfTotals(IReadOnlyDictionary<string, double> Sums, IReadOnlySet<string> Namespaces, int Records)
{
    public double this[string metric] => Sums.GetValueOrDefault(metric);

    public static EmfTotals From(IEnumerable<string> lines)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        var records = 0;
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("_aws", out var aws))
                continue;
            records++;
            foreach (var directive in aws.GetProperty("CloudWatchMetrics").EnumerateArray())
            {
                namespaces.Add(directive.GetProperty("Namespace").GetString()!);
                foreach (var metric in directive.GetProperty("Metrics").EnumerateArray())
                {
                    var name = metric.GetProperty("Name").GetString()!;
                    var value = doc.RootElement.GetProperty(name);
                    sums[name] = sums.GetValueOrDefault(name) + (value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Sum(v => v.GetDouble())
                        : value.GetDouble());
                }
            }
        }
        return new EmfTotals(sums, namespaces, records);
    }
}
