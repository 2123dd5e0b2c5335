namespace LlmWatch.Core.Tests.Metrics.Schema;

/// <summary>One metric as an EMF line declares it: namespace, name, unit and the line's dimension sets.</summary>
internal sealed record EmittedMetric(string Namespace, string Name, string Unit, string DimensionSets);
