using System.Text.Json.Serialization;

namespace LlmWatch.Aws.Bedrock;

/// <summary>Source-generated JSON for Bedrock Runtime's rest-json Converse (camelCase members).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConverseRequest))]
[JsonSerializable(typeof(ConverseResponse))]
internal sealed partial class BedrockJsonContext : JsonSerializerContext;
