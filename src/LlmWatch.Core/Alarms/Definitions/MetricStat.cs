namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>A metric with its dimensions, aggregated with <paramref name="Stat"/> over <paramref name="PeriodSeconds"/>.</summary>
/// <param name="Stat">Sum, Average, SampleCount, Minimum, Maximum or a percentile such as p95.</param>
public sealed record MetricStat(string Namespace, string MetricName, IReadOnlyList<MetricDimension> Dimensions, int PeriodSeconds, string Stat);
