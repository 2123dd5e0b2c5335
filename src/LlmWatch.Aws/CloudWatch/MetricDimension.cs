namespace LlmWatch.Aws.CloudWatch;

/// <summary>A CloudWatch dimension (<c>Name</c>/<c>Value</c>, capitalised on this wire).</summary>
internal sealed record MetricDimension(string Name, string Value);
