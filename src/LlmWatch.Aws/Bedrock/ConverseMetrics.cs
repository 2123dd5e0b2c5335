namespace LlmWatch.Aws.Bedrock;

/// <summary>Converse <c>metrics</c>: the model's own latency in milliseconds.</summary>
internal sealed record ConverseMetrics(long LatencyMs);
