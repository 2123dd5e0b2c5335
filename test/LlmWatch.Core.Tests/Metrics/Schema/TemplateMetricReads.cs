using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LlmWatch.Core.Tests.Templates;

namespace LlmWatch.Core.Tests.Metrics.Schema;

/// <summary>Finds every metric the alarms and dashboards of a deployed template read.</summary>
internal static partial class TemplateMetricReads
{
    public static List<MetricRead> Of(DeployedTemplate template)
    {
        var reads = new List<MetricRead>();
        foreach (var (key, model, alarm) in template.Resources("AWS::CloudWatch::Alarm"))
        {
            var where = model is null ? $"alarm {key}" : $"alarm {key} ({model})";
            if (alarm["MetricName"] is { } name)
            {
                reads.Add(new MetricRead(where, Text(alarm["Namespace"]), name.GetValue<string>(), DimensionNames(alarm["Dimensions"]),
                    (alarm["ExtendedStatistic"] ?? alarm["Statistic"])?.GetValue<string>()));
            }
            foreach (var query in alarm["Metrics"]?.AsArray() ?? [])
            {
                if (query!["MetricStat"] is { } stat)
                {
                    var metric = stat["Metric"]!;
                    reads.Add(new MetricRead($"{where} query {Text(query["Id"])}", Text(metric["Namespace"]), Text(metric["MetricName"]),
                        DimensionNames(metric["Dimensions"]), Text(stat["Stat"])));
                }
                else if (query["Expression"] is { } expression)
                {
                    reads.AddRange(Searches($"{where} query {Text(query["Id"])}", Text(expression)));
                }
            }
        }
        foreach (var (key, _, dashboard) in template.Resources("AWS::CloudWatch::Dashboard"))
        {
            var bodies = dashboard["DashboardBody"] is JsonObject condition && condition["Fn::If"] is JsonArray branches
                ? branches.Skip(1).Select(Text)
                : [Text(dashboard["DashboardBody"])];
            foreach (var body in bodies)
                reads.AddRange(WidgetReads(key, JsonNode.Parse(body)!));
        }
        return reads;
    }

    private static IEnumerable<MetricRead> WidgetReads(string dashboard, JsonNode body)
    {
        foreach (var widget in body["widgets"]!.AsArray())
        {
            var where = $"dashboard {dashboard} widget \"{widget!["properties"]?["title"] ?? widget["properties"]?["markdown"]}\"";
            string[]? previous = null;
            foreach (var line in widget["properties"]?["metrics"]?.AsArray() ?? [])
            {
                var items = line!.AsArray();
                var options = items.LastOrDefault() as JsonObject;
                if (options?["expression"] is { } expression)
                {
                    foreach (var read in Searches(where, Text(expression)))
                        yield return read;
                    continue;
                }
                // ["Namespace", "MetricName", "Dim1", "Value1", ..., {options}]; "." repeats the line above.
                var parts = items.Where(i => i is JsonValue).Select(Text).ToArray();
                for (var i = 0; i < parts.Length; i++)
                {
                    if (parts[i] == "." && previous is not null && i < previous.Length)
                        parts[i] = previous[i];
                }
                previous = parts;
                yield return new MetricRead(where, parts[0], parts[1], [.. parts.Skip(2).Where((_, i) => i % 2 == 0)],
                    options?["stat"]?.GetValue<string>() ?? "Average");
            }
        }
    }

    /// <summary>The metrics <c>SEARCH('{Namespace,Dim…} MetricName="M"', 'stat', period)</c> expressions select.</summary>
    private static IEnumerable<MetricRead> Searches(string where, string expression)
    {
        var matches = SearchPattern().Matches(expression);
        if (matches.Count != expression.Split("SEARCH(").Length - 1)
            throw new InvalidOperationException($"{where}: cannot tell which metrics '{expression}' searches");
        return matches.Select(m =>
        {
            var schema = m.Groups["schema"].Value.Split(',', StringSplitOptions.TrimEntries);
            return new MetricRead(where, schema[0], m.Groups["metric"].Value, schema[1..], m.Groups["stat"].Value);
        });
    }

    private static string[] DimensionNames(JsonNode? dimensions) =>
        [.. (dimensions?.AsArray() ?? []).Select(d => Text(d!["Name"]))];

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidOperationException("expected a string");

    [GeneratedRegex("""SEARCH\(\s*'\{(?<schema>[^}]*)\}\s+MetricName="(?<metric>[^"]+)"'\s*,\s*'(?<stat>[^']+)'""")]
    private static partial Regex SearchPattern();
}
