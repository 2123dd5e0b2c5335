namespace LlmWatch.Core.Metrics.Schema;

/// <summary>CloudWatch namespaces of the metrics in <see cref="MetricSchema"/>.</summary>
public static class MetricNamespaces
{
    /// <summary>The metrics function's namespace by default (template parameter <see cref="LlmWatchParameter"/>).</summary>
    public const string LlmWatch = "LlmWatch";
    /// <summary>The template parameter that names the metrics function's namespace.</summary>
    public const string LlmWatchParameter = "MetricsNamespace";
    /// <summary>The judge's namespace by default (the judge function's <c>QUALITY_NAMESPACE</c> setting).</summary>
    public const string Quality = "LlmWatch/Quality";
    public const string Bedrock = "AWS/Bedrock";
    public const string Lambda = "AWS/Lambda";
    public const string Sqs = "AWS/SQS";
    public const string SageMaker = "AWS/SageMaker";
    public const string SageMakerEndpoints = "/aws/sagemaker/Endpoints";
    public const string SageMakerInferenceComponents = "/aws/sagemaker/InferenceComponents";
}
