using System.Text.Json.Serialization;

namespace LlmWatch.Core.Judge;

/// <summary>Wire form of <see cref="JudgeSample"/> as one SQS message body (camelCase JSON).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JudgeSample))]
public sealed partial class JudgeSampleJsonContext : JsonSerializerContext;
