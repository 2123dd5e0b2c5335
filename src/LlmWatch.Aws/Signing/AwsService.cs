namespace LlmWatch.Aws.Signing;

/// <summary>How to reach and sign for one AWS service: its host prefix and its SigV4 signing name.</summary>
/// <param name="Name">Name used in errors and logs.</param>
/// <param name="EndpointPrefix">Host prefix: <c>https://{prefix}.{region}.amazonaws.com</c>.</param>
/// <param name="SigningName">SigV4 credential-scope service name.</param>
internal sealed record AwsService(string Name, string EndpointPrefix, string SigningName)
{
    public static readonly AwsService CloudWatch = new("CloudWatch", "monitoring", "monitoring");

    public static readonly AwsService Logs = new("Logs", "logs", "logs");

    public static readonly AwsService Sns = new("SNS", "sns", "sns");

    public static readonly AwsService SecretsManager = new("SecretsManager", "secretsmanager", "secretsmanager");

    /// <summary>Bedrock Runtime signs as <c>bedrock</c>, not <c>bedrock-runtime</c>.</summary>
    public static readonly AwsService BedrockRuntime = new("BedrockRuntime", "bedrock-runtime", "bedrock");
}
