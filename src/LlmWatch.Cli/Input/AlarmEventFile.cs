using System.Text;
using System.Text.Json;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall.Notifications;

namespace LlmWatch.Cli.Input;

/// <summary>
/// Reads the alarm notifications in a file: an SNS → Lambda event (<c>Records[].Sns.Message</c>), an SNS HTTP(S)
/// notification (<c>Type</c> + <c>Message</c>), or a bare CloudWatch alarm notification.
/// </summary>
internal static class AlarmEventFile
{
    public static AlarmEventRead Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return AlarmEventRead.Failed($"{path}: cannot read: {e.Message}");
        }
        return Decode(path, bytes);
    }

    public static AlarmEventRead Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        List<string> messages;
        try
        {
            var reader = new Utf8JsonReader(bytes);
            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return AlarmEventRead.Failed($"{path}: not an alarm notification: expected a JSON object, found {root.ValueKind}");
            if (root.TryGetProperty("Records", out _))
            {
                messages = [.. SnsLambdaEvent.Parse(bytes, out _).Select(m => m.Message)];
                if (messages.Count == 0)
                    return AlarmEventRead.Failed($"{path}: not an alarm notification: no Records[].Sns.Message in the SNS event");
            }
            else if (root.TryGetProperty("Type", out _) && root.TryGetProperty("Message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                messages = [message.GetString()!];
            }
            else
            {
                messages = [Encoding.UTF8.GetString(bytes)];
            }
        }
        catch (JsonException e)
        {
            return AlarmEventRead.Failed($"{path}: not JSON: {e.Message}");
        }

        var alarms = new List<AlarmNotification>(messages.Count);
        foreach (var message in messages)
        {
            var parsed = AlarmNotificationParser.Parse(message);
            if (!parsed.IsSuccess)
                return AlarmEventRead.Failed($"{path}: not a CloudWatch alarm notification ({Describe(parsed)})");
            alarms.Add(parsed.Notification);
        }
        return new AlarmEventRead(alarms, null);
    }

    private static string Describe(AlarmParseResult parsed) => parsed.Error switch
    {
        AlarmParseError.NotJson => "the SNS Message is not JSON",
        AlarmParseError.NotAnObject => "the SNS Message is not a JSON object",
        AlarmParseError.MissingField => $"missing {parsed.Detail}",
        AlarmParseError.BadTimestamp => $"bad StateChangeTime '{parsed.Detail}'",
        AlarmParseError.UnknownState => $"unknown NewStateValue '{parsed.Detail}'",
        _ => parsed.Detail,
    };
}
