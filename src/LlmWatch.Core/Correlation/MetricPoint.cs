namespace LlmWatch.Core.Correlation;

/// <summary>One datapoint of the alarmed metric.</summary>
public sealed record MetricPoint(DateTimeOffset Timestamp, double Value);
