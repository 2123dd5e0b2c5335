namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>One metric time series: namespace, name and dimensions as "Name=Value" pairs joined by '|', sorted by name.</summary>
public readonly record struct SeriesKey(string Namespace, string MetricName, string Dimensions)
{
    public static string DimensionsOf(IEnumerable<KeyValuePair<string, string>> dimensions) =>
        string.Join('|', dimensions.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}={d.Value}"));
}
