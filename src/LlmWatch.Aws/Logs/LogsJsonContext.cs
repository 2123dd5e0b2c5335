using System.Text.Json.Serialization;

namespace LlmWatch.Aws.Logs;

/// <summary>Source-generated JSON for the Logs JSON 1.1 protocol (camelCase members).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(StartQueryRequest))]
[JsonSerializable(typeof(StartQueryResponse))]
[JsonSerializable(typeof(QueryIdRequest))]
[JsonSerializable(typeof(GetQueryResultsResponse))]
[JsonSerializable(typeof(StopQueryResponse))]
internal sealed partial class LogsJsonContext : JsonSerializerContext;
