using System.Text.Json;

namespace LlmWatch.Functions.Triggers;

/// <summary>Writes a function URL response: status, HTML content type, no caching, body.</summary>
internal static class FunctionUrlResponse
{
    public static byte[] Html(int statusCode, string html)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("statusCode", statusCode);
            w.WriteStartObject("headers");
            w.WriteString("content-type", "text/html; charset=utf-8");
            w.WriteString("cache-control", "no-store");
            w.WriteString("referrer-policy", "no-referrer");
            w.WriteEndObject();
            w.WriteString("body", html);
            w.WriteBoolean("isBase64Encoded", false);
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
