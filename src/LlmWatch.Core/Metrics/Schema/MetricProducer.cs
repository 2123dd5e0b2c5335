namespace LlmWatch.Core.Metrics.Schema;

/// <summary>What publishes a metric group.</summary>
public enum MetricProducer
{
    /// <summary>The metrics function's EMF (replay's <c>--emf-out</c> writes the same).</summary>
    MetricsFunction,
    /// <summary>The judge function's EMF.</summary>
    JudgeFunction,
    /// <summary>An AWS service publishes it; LlmWatch only reads it in alarms and dashboards.</summary>
    Aws,
}
