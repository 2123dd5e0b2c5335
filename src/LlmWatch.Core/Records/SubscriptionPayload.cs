using System.Buffers;
using System.Text.Json;

namespace LlmWatch.Core.Records;

/// <summary>Walks a decoded subscription payload: <c>messageType</c>, <c>logGroup</c> and the <c>logEvents</c>.</summary>
public static class SubscriptionPayload
{
    /// <summary>Feeds every log event to <paramref name="sink"/> unless this is a <c>CONTROL_MESSAGE</c>.</summary>
    /// <returns>Whether the payload was a control message, or an error text.</returns>
    public static (bool IsControl, string? Error) Read(ReadOnlySpan<byte> payload, ILogMessageSink sink, ArrayBufferWriter<byte> scratch)
    {
        try
        {
            var reader = new Utf8JsonReader(payload);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return (false, "payload is not a JSON object");
            var isControl = false;
            var events = default(Utf8JsonReader);
            var hasEvents = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("messageType"u8))
                {
                    reader.Read();
                    isControl = reader.ValueTextEquals("CONTROL_MESSAGE"u8);
                }
                else if (reader.ValueTextEquals("logEvents"u8))
                {
                    reader.Read();
                    events = reader; // a copy: read after messageType is known, wherever it sits
                    hasEvents = true;
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            if (isControl || !hasEvents)
                return (isControl, null);
            ReadEvents(ref events, sink, scratch);
            return (false, null);
        }
        catch (JsonException)
        {
            return (false, "payload is not valid JSON");
        }
    }

    private static void ReadEvents(ref Utf8JsonReader reader, ILogMessageSink sink, ArrayBufferWriter<byte> scratch)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException("logEvents is not an array");
        var index = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            long timestamp = 0;
            scratch.ResetWrittenCount();
            var hasMessage = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("timestamp"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number)
                        reader.TryGetInt64(out timestamp);
                }
                else if (reader.ValueTextEquals("message"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        var written = reader.CopyString(scratch.GetSpan(reader.ValueSpan.Length));
                        scratch.Advance(written);
                        hasMessage = true;
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            sink.OnMessage(hasMessage ? scratch.WrittenSpan : default, timestamp, index++);
        }
    }
}
