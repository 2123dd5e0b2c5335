using System.Globalization;
using System.Text.Json;
using LlmWatch.Core.Records;

namespace LlmWatch.TestKit.Judge;

/// <summary>Builds the parsed <see cref="InvocationRecord"/> that goes with a raw record line (what the sampler sees).</summary>
public static class RawRecords
{
    public static InvocationRecord ToRecord(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var arn = root.TryGetProperty("identity", out var identity) && identity.TryGetProperty("arn", out var a) ? a.GetString() ?? "" : "";
        var parts = arn.Split(':').LastOrDefault()?.Split('/') ?? [];
        var caller = parts.Length >= 2 ? parts[1] : "unknown";
        root.TryGetProperty("input", out var input);
        root.TryGetProperty("output", out var output);
        return new InvocationRecord
        {
            Timestamp = DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture),
            ModelId = root.GetProperty("modelId").GetString()!,
            Caller = caller,
            Operation = root.GetProperty("operation").GetString()!,
            RequestId = root.GetProperty("requestId").GetString()!,
            ErrorCode = root.TryGetProperty("errorCode", out var e) ? e.GetString() : null,
            InputInS3 = input.ValueKind == JsonValueKind.Object && input.TryGetProperty("inputBodyS3Path", out _),
            OutputInS3 = output.ValueKind == JsonValueKind.Object && output.TryGetProperty("outputBodyS3Path", out _),
        };
    }
}
