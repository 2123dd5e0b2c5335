using LlmWatch.Core.Metrics.Schema;

namespace LlmWatch.Core.Tests.Metrics.Schema;

/// <summary>One metric an alarm or dashboard of a template reads: where, which metric, with which dimensions and statistic.</summary>
internal sealed record MetricRead(string Where, string Namespace, string MetricName, IReadOnlyList<string> Dimensions, string? Stat)
{
    /// <summary>What is wrong with the read against <see cref="MetricSchema"/>; null when the schema publishes it so.</summary>
    public string? Problem()
    {
        var what = $"{Where} reads {Namespace} {MetricName}";
        if (MetricSchema.Find(Namespace, MetricName) is not { } metric)
            return $"{what}, which the metric schema does not declare: nothing emits it";
        if (!metric.Group.Declares(Dimensions))
            return $"{what} with dimensions [{string.Join(", ", Dimensions)}], a set it is not published with ({string.Join(" ", metric.DimensionSets)})";
        if (Stat is { } stat && !metric.Supports(stat))
            return $"{what} with {stat}, but it is a {metric.Kind} metric";
        return null;
    }
}
