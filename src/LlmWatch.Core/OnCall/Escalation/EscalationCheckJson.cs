using System.Text;
using System.Text.Json;

namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>The SQS body of an escalation re-check: <c>{"incidentId":"…","tier":1,"dueAt":"…"}</c>.</summary>
public static class EscalationCheckJson
{
    public static string Write(EscalationCheck check)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("incidentId", check.IncidentId);
            w.WriteNumber("tier", check.Tier);
            w.WriteString("dueAt", check.DueAt);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The check, or null when the body is not one (the handler drops such messages).</summary>
    public static EscalationCheck? TryRead(string? body)
    {
        if (string.IsNullOrEmpty(body))
            return null;
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("incidentId", out var id) && id.ValueKind == JsonValueKind.String
                && root.TryGetProperty("tier", out var tier) && tier.TryGetInt32(out var t) && t >= 0
                && root.TryGetProperty("dueAt", out var due) && due.TryGetDateTimeOffset(out var at))
                return new EscalationCheck(id.GetString()!, t, at);
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
        }
        return null;
    }
}
