namespace LlmWatch.Aws.Bedrock;

/// <summary>Body of <c>POST /model/{modelId}/converse</c> (aws-wire-formats §6).</summary>
internal sealed record ConverseRequest
{
    public IReadOnlyList<ConverseMessage> Messages { get; init; } = [];

    public IReadOnlyList<ConverseSystemBlock>? System { get; init; }

    public ConverseInferenceConfig? InferenceConfig { get; init; }
}
