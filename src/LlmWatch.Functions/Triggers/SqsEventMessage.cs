using System.Text.Json.Serialization;

namespace LlmWatch.Functions.Triggers;

/// <summary>One message of an SQS event (only the members the handler uses).</summary>
internal sealed record SqsEventMessage(
    [property: JsonPropertyName("messageId")] string? MessageId,
    [property: JsonPropertyName("body")] string? Body);
