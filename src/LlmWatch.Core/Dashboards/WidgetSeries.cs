namespace LlmWatch.Core.Dashboards;

/// <summary>One line of a widget: a metric (with literal dimensions) or a metric-math / SEARCH expression.</summary>
/// <param name="Dimensions">Name/value pairs; values may hold <c>${...}</c> template references.</param>
public sealed record WidgetSeries(
    string Id,
    string? Namespace,
    string? MetricName,
    IReadOnlyList<KeyValuePair<string, string>> Dimensions,
    string? Stat,
    string? Expression,
    string Label,
    bool Visible = true)
{
    public static WidgetSeries Metric(string id, string ns, string metric, string stat, string label, bool visible = true,
        params KeyValuePair<string, string>[] dimensions) =>
        new(id, ns, metric, dimensions, stat, null, label, visible);

    public static WidgetSeries Math(string id, string expression, string label, bool visible = true) =>
        new(id, null, null, [], null, expression, label, visible);

    /// <summary>One line per value of <paramref name="dimension"/>: SEARCH('{ns,dimension} MetricName="m"', stat, period).</summary>
    public static WidgetSeries Search(string id, string ns, string dimension, string metric, string stat, int period, string label) =>
        Math(id, SearchExpression(ns, dimension, metric, stat, period), label);

    /// <summary><c>SEARCH('{ns,dimension} MetricName="m"', stat, period)</c>: the metric's series, one per value of the dimension.</summary>
    public static string SearchExpression(string ns, string dimension, string metric, string stat, int period) =>
        $"SEARCH('{{{ns},{dimension}}} MetricName=\"{metric}\"', '{stat}', {period})";
}
