namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>One entry of an alarm's <c>Metrics</c> array: a metric stat or a metric-math expression.</summary>
/// <param name="Expression">Metric math over other query ids; <c>${Param}</c> is replaced by a template parameter.</param>
public sealed record MetricQuery(string Id, MetricStat? Stat, string? Expression, string? Label, bool ReturnData)
{
    public static MetricQuery Metric(string id, MetricStat stat, bool returnData = false, string? label = null) =>
        new(id, stat, null, label, returnData);

    public static MetricQuery Math(string id, string expression, string label, bool returnData = true) =>
        new(id, null, expression, label, returnData);
}
