using System.Text.Json;

namespace LlmWatch.Functions.Triggers;

/// <summary>Decodes <c>{"Records":[{"messageId","body",…}]}</c> and writes the partial-batch response.</summary>
internal static class SqsEvent
{
    public static IReadOnlyList<SqsRecord> Parse(ReadOnlySpan<byte> eventJson)
    {
        var reader = new Utf8JsonReader(eventJson);
        using var doc = JsonDocument.ParseValue(ref reader);
        var list = new List<SqsRecord>();
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("Records", out var records)
            || records.ValueKind != JsonValueKind.Array)
            return list;
        foreach (var r in records.EnumerateArray())
        {
            if (r.ValueKind == JsonValueKind.Object && r.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String)
                list.Add(new SqsRecord(id.GetString()!, r.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : ""));
        }
        return list;
    }

    /// <summary><c>{"batchItemFailures":[{"itemIdentifier":"…"}]}</c>: only these messages are retried.</summary>
    public static byte[] BatchResponse(IEnumerable<string> failedMessageIds)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("batchItemFailures");
            foreach (var id in failedMessageIds)
            {
                w.WriteStartObject();
                w.WriteString("itemIdentifier", id);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
