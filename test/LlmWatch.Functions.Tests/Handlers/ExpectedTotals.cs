using System.IO.Compression;
using System.Text.Json;

namespace LlmWatch.Functions.Tests.Handlers;

/// <summary>Totals computed straight from a subscription event's records, independently of Core's parser.</summary>
internal sealed record ExpectedTotals(int Invocations, long InputTokens, long OutputTokens, int NotJson)
{
    private static readonly ExpectedTotals None = new(0, 0, 0, 0);

    /// <summary>Zero for an envelope that does not decode and for control messages.</summary>
    public static ExpectedTotals FromEventFile(string path)
    {
        using var envelope = JsonDocument.Parse(File.ReadAllBytes(path));
        var data = envelope.RootElement.GetProperty("awslogs").GetProperty("data").GetString()!;
        var gz = new byte[data.Length];
        if (!Convert.TryFromBase64String(data, gz, out var length))
            return None;
        using var payload = JsonDocument.Parse(new GZipStream(new MemoryStream(gz, 0, length), CompressionMode.Decompress));
        if (payload.RootElement.GetProperty("messageType").GetString() != "DATA_MESSAGE")
            return None;
        int invocations = 0, notJson = 0;
        long input = 0, output = 0;
        foreach (var logEvent in payload.RootElement.GetProperty("logEvents").EnumerateArray())
        {
            var message = logEvent.GetProperty("message").GetString()!;
            if (!message.StartsWith('{'))
            {
                notJson++;
                continue;
            }
            using var record = JsonDocument.Parse(message);
            invocations++;
            input += Tokens(record.RootElement, "input", "inputTokenCount");
            output += Tokens(record.RootElement, "output", "outputTokenCount");
        }
        return new ExpectedTotals(invocations, input, output, notJson);
    }

    private static long Tokens(JsonElement record, string section, string field) =>
        record.TryGetProperty(section, out var s) && s.TryGetProperty(field, out var v) ? v.GetInt64() : 0;
}
