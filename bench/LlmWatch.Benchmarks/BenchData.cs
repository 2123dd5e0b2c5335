using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LlmWatch.Benchmarks;

/// <summary>Realistic inputs built from the bundled sample records: fresh request ids, timestamps spread over minutes.</summary>
internal static class BenchData
{
    public static string[] SampleLines { get; } = File.ReadAllLines(Path.Combine(RepoRoot(), "events", "bedrock-invocation-logs.jsonl"));

    /// <summary><paramref name="count"/> records spread over <paramref name="minutes"/> minutes, cycling the samples.</summary>
    public static List<string> Records(int count, int minutes = 2, int seed = 7)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
        var result = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var node = JsonNode.Parse(SampleLines[i % SampleLines.Length])!;
            node["requestId"] = Guid.NewGuid().ToString();
            node["timestamp"] = start.AddSeconds(random.Next(minutes * 60)).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            result.Add(node.ToJsonString());
        }
        return result;
    }

    public static byte[] SubscriptionEvent(IEnumerable<string> messages) => Encoding.UTF8.GetBytes(Envelope(Payload(messages)));

    public static byte[] Payload(IEnumerable<string> messages)
    {
        var events = new JsonArray();
        var i = 0L;
        foreach (var m in messages)
            events.Add(new JsonObject { ["id"] = (37_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture), ["timestamp"] = 1_777_885_200_000 + i++, ["message"] = m });
        var payload = new JsonObject
        {
            ["messageType"] = "DATA_MESSAGE",
            ["owner"] = "444455556666",
            ["logGroup"] = "/aws/bedrock/modelinvocations",
            ["logStream"] = "aws/bedrock/modelinvocations",
            ["subscriptionFilters"] = new JsonArray("llmwatch"),
            ["logEvents"] = events,
        };
        return Encoding.UTF8.GetBytes(payload.ToJsonString());
    }

    public static string Envelope(byte[] payload)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(payload);
        return new JsonObject { ["awslogs"] = new JsonObject { ["data"] = Convert.ToBase64String(buffer.ToArray()) } }.ToJsonString();
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Functions.sln not found");
    }

    /// <summary>The floor: base64 decode, gunzip, and one reader pass over the payload bytes, doing nothing else.</summary>
    public static int Floor(byte[] subscriptionEvent)
    {
        var reader = new Utf8JsonReader(subscriptionEvent);
        while (reader.Read() && !(reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("data"u8))) { }
        reader.Read();
        var compressed = Convert.FromBase64String(reader.GetString()!);
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var payload = new MemoryStream();
        gzip.CopyTo(payload);
        var tokens = 0;
        var pass = new Utf8JsonReader(payload.GetBuffer().AsSpan(0, (int)payload.Length));
        while (pass.Read())
            tokens++;
        return tokens;
    }
}
