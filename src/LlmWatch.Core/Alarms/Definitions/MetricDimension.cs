namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>One CloudWatch dimension of an alarm's metric.</summary>
public sealed record MetricDimension(string Name, TemplateValue Value);
