namespace LlmWatch.Core.Metrics.Schema;

/// <summary>Dimension names of the metrics in <see cref="MetricSchema"/>.</summary>
public static class MetricDimensions
{
    public const string ModelId = nameof(ModelId);
    public const string Caller = nameof(Caller);
    public const string Reason = nameof(Reason);
    public const string RubricVersion = nameof(RubricVersion);
    public const string FunctionName = nameof(FunctionName);
    public const string QueueName = nameof(QueueName);
    public const string EndpointName = nameof(EndpointName);
    public const string VariantName = nameof(VariantName);
    public const string InferenceComponentName = nameof(InferenceComponentName);
}
