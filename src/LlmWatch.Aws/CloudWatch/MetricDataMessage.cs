namespace LlmWatch.Aws.CloudWatch;

/// <summary>A message CloudWatch attaches to a GetMetricData result or response.</summary>
internal sealed record MetricDataMessage(string? Code, string? Value);
