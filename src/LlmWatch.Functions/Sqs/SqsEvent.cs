using System.Text.Json.Serialization;

namespace LlmWatch.Functions.Sqs;

/// <summary>The SQS → Lambda event: a batch of messages.</summary>
internal sealed record SqsEvent([property: JsonPropertyName("Records")] IReadOnlyList<SqsEventMessage>? Records);
