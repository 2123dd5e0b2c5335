using System.Buffers.Text;
using System.Text;

namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>Incident id = base64url(alarm ARN + '|' + state-change time): reversible to the store key, safe in URLs.</summary>
public static class IncidentIds
{
    public static string Create(string alarmArn, string stateChangeTimeText) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{alarmArn}|{stateChangeTimeText}"));

    public static bool TryParse(string? incidentId, out string alarmArn, out string stateChangeTimeText)
    {
        alarmArn = stateChangeTimeText = "";
        if (string.IsNullOrEmpty(incidentId) || incidentId.Length > 2048)
            return false;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(incidentId);
        }
        catch (FormatException)
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(bytes);
        var bar = text.LastIndexOf('|');
        if (bar <= 0 || bar == text.Length - 1 || !text.StartsWith("arn:", StringComparison.Ordinal))
            return false;
        alarmArn = text[..bar];
        stateChangeTimeText = text[(bar + 1)..];
        return true;
    }
}
