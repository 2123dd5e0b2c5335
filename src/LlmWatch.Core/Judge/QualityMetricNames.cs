using LlmWatch.Core.Metrics.Schema;

namespace LlmWatch.Core.Judge;

/// <summary>The judge's default namespace, for callers that predate <see cref="MetricSchema"/>; metric names live there.</summary>
public static class QualityMetricNames
{
    public const string Namespace = MetricNamespaces.Quality;
}
