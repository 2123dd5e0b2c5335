namespace LlmWatch.Aws.CloudWatch;

/// <summary>One GetMetricData query (or an alarm's metric-math member): a <see cref="MetricStat"/> or an <see cref="Expression"/>.</summary>
internal sealed record MetricDataQuery
{
    /// <summary>Short id starting with a lower-case letter; results come back under it.</summary>
    public string Id { get; init; } = "";

    public MetricStat? MetricStat { get; init; }

    public string? Expression { get; init; }

    public string? Label { get; init; }

    public bool? ReturnData { get; init; }

    public int? Period { get; init; }

    public string? AccountId { get; init; }

    public static MetricDataQuery ForStat(string id, string metricNamespace, string metricName, int periodSeconds,
        string stat, params MetricDimension[] dimensions) => new()
        {
            Id = id,
            MetricStat = new MetricStat
            {
                Metric = new CloudWatchMetric { Namespace = metricNamespace, MetricName = metricName, Dimensions = dimensions },
                Period = periodSeconds,
                Stat = stat,
            },
            ReturnData = true,
        };

    public static MetricDataQuery ForExpression(string id, string expression, string? label = null) =>
        new() { Id = id, Expression = expression, Label = label, ReturnData = true };
}
