using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmWatch.Functions.Triggers;

/// <summary>The SQS → Lambda event: a batch of messages.</summary>
internal sealed record SqsEvent([property: JsonPropertyName("Records")] IReadOnlyList<SqsEventMessage>? Records)
{
    /// <summary>The messages of an event (none when the event holds no <c>Records</c>); throws <see cref="JsonException"/> for bytes that are not one.</summary>
    public static IReadOnlyList<SqsEventMessage> Decode(ReadOnlySpan<byte> eventJson) =>
        JsonSerializer.Deserialize(eventJson, TriggerJsonContext.Default.SqsEvent)?.Records ?? [];
}
