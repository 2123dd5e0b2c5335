namespace LlmWatch.Core.Metrics.Schema;

/// <summary>How a metric's values combine, and so which statistics mean something.</summary>
public enum MetricKind
{
    /// <summary>Counts and amounts added up per period (read with Sum; Average is the mean per datapoint).</summary>
    Sum,
    /// <summary>One value per observation, such as a latency or a score: percentiles and averages are computed from every value.</summary>
    Distribution,
    /// <summary>A sampled level (queue depth, utilization), read with Average or Maximum.</summary>
    Gauge,
}
