using System.Text.Json;

namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>Decodes the SNS → Lambda event (<c>{"Records":[{"EventSource":"aws:sns","Sns":{…}}]}</c>).</summary>
public static class SnsLambdaEvent
{
    /// <summary>The SNS messages in the event; records that are not SNS notifications are counted in <paramref name="skipped"/>.</summary>
    public static IReadOnlyList<SnsMessage> Parse(ReadOnlySpan<byte> eventJson, out int skipped)
    {
        skipped = 0;
        var list = new List<SnsMessage>();
        JsonDocument doc;
        try
        {
            var reader = new Utf8JsonReader(eventJson);
            doc = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            skipped = 1;
            return list;
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("Records", out var records)
                || records.ValueKind != JsonValueKind.Array)
            {
                skipped = 1;
                return list;
            }
            foreach (var record in records.EnumerateArray())
            {
                if (record.ValueKind != JsonValueKind.Object
                    || !record.TryGetProperty("Sns", out var sns) || sns.ValueKind != JsonValueKind.Object)
                {
                    skipped++;
                    continue;
                }
                list.Add(new SnsMessage(
                    AlarmNotificationParser.Str(sns, "MessageId") ?? "",
                    AlarmNotificationParser.Str(sns, "TopicArn") ?? "",
                    AlarmNotificationParser.Str(sns, "Subject"),
                    AlarmNotificationParser.Str(sns, "Message") ?? "",
                    AlarmNotificationParser.Str(sns, "Timestamp") ?? ""));
            }
        }
        return list;
    }
}
