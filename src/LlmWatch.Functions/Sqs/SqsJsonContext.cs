using System.Text.Json.Serialization;

namespace LlmWatch.Functions.Sqs;

/// <summary>Source-generated JSON for the SQS event and the partial batch response.</summary>
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
internal sealed partial class SqsJsonContext : JsonSerializerContext;
