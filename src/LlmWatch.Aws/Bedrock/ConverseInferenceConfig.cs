namespace LlmWatch.Aws.Bedrock;

/// <summary>Converse <c>inferenceConfig</c>; unset members are omitted so the model's defaults apply.</summary>
internal sealed record ConverseInferenceConfig
{
    public int? MaxTokens { get; init; }

    public float? Temperature { get; init; }

    public float? TopP { get; init; }

    public IReadOnlyList<string>? StopSequences { get; init; }
}
