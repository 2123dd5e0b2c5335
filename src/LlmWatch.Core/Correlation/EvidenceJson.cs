using System.Text.Json;

namespace LlmWatch.Core.Correlation;

/// <summary>Serializes evidence for the incident record; unreadable JSON yields "no evidence" rather than an error.</summary>
public static class EvidenceJson
{
    public static string Serialize(Evidence evidence) => JsonSerializer.Serialize(evidence, EvidenceJsonContext.Default.Evidence);

    public static Evidence Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return Evidence.None("not stored with the incident");
        try
        {
            return JsonSerializer.Deserialize(json, EvidenceJsonContext.Default.Evidence) ?? Evidence.None("not stored with the incident");
        }
        catch (JsonException)
        {
            return Evidence.None("stored evidence unreadable");
        }
    }
}
