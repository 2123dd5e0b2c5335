using System.Text.Json;

namespace LlmWatch.Functions.Triggers;

/// <summary>The parts of a Lambda function URL event (payload 2.0) the ack handler reads.</summary>
internal sealed record FunctionUrlRequest(
    string Method, string Path, IReadOnlyDictionary<string, string> Query, string SourceIp, string UserAgent)
{
    public string? Get(string name) => Query.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    /// <summary>The request, or null when the event is not a function URL event.</summary>
    public static FunctionUrlRequest? Parse(ReadOnlySpan<byte> eventJson)
    {
        try
        {
            var reader = new Utf8JsonReader(eventJson);
            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("requestContext", out var ctx)
                || !ctx.TryGetProperty("http", out var http) || http.ValueKind != JsonValueKind.Object)
                return null;
            var query = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("queryStringParameters", out var qs) && qs.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in qs.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.String)
                        query[p.Name] = p.Value.GetString()!;
                }
            }
            return new FunctionUrlRequest(Str(http, "method"), Str(root, "rawPath"), query, Str(http, "sourceIp"), Str(http, "userAgent"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}
