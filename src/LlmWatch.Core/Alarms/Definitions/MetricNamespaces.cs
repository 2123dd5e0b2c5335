namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>CloudWatch namespaces the alarms and dashboards read.</summary>
public static class MetricNamespaces
{
    public const string LlmWatch = "LlmWatch";
    public const string Quality = "LlmWatch/Quality";
    public const string Bedrock = "AWS/Bedrock";
    public const string Lambda = "AWS/Lambda";
    public const string Sqs = "AWS/SQS";
    public const string SageMaker = "AWS/SageMaker";
    public const string SageMakerEndpoints = "/aws/sagemaker/Endpoints";
    public const string SageMakerInferenceComponents = "/aws/sagemaker/InferenceComponents";
}
