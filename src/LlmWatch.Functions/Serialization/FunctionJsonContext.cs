using System.Text.Json.Serialization;
using LlmWatch.Functions.Handlers;
using LlmWatch.Functions.RuntimeApi;

namespace LlmWatch.Functions.Serialization;

/// <summary>Source-generated JSON for the function-level DTOs (Runtime API error bodies, handler results).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorRequest))]
[JsonSerializable(typeof(MetricsSummary))]
internal sealed partial class FunctionJsonContext : JsonSerializerContext;
