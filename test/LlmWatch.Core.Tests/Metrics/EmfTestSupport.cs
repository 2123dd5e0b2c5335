using System.Buffers;
using System.Text;
using System.Text.Json;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using NJsonSchema;

namespace LlmWatch.Core.Tests.Metrics;

internal static class EmfTestSupport
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Metrics", "emf-schema.json"))).GetAwaiter().GetResult());

    public static List<JsonElement> Lines(ReadOnlySpan<byte> emf) =>
        Encoding.UTF8.GetString(emf).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    public static string[] Aggregate(IEnumerable<InvocationRecord> records, out MetricsBatch batch)
    {
        batch = new MetricsBatch(PriceBook.LoadDefault(), new EmfOptions());
        foreach (var r in records)
            batch.Add(r);
        var output = new ArrayBufferWriter<byte>();
        batch.WriteEmf(output, 1_777_885_200_000);
        return Encoding.UTF8.GetString(output.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Schema errors plus the specification's limits the schema does not express.</summary>
    public static List<string> Validate(string line)
    {
        var errors = Schema.Value.Validate(line).Select(e => e.ToString()).ToList();
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        foreach (var directive in root.GetProperty("_aws").GetProperty("CloudWatchMetrics").EnumerateArray())
        {
            foreach (var set in directive.GetProperty("Dimensions").EnumerateArray())
            {
                foreach (var dim in set.EnumerateArray())
                {
                    if (!root.TryGetProperty(dim.GetString()!, out var target) || target.ValueKind != JsonValueKind.String)
                        errors.Add($"dimension {dim} has no string target");
                    else if (target.GetString()!.Length > 1024)
                        errors.Add($"dimension {dim} value over 1024 characters");
                }
            }
            foreach (var metric in directive.GetProperty("Metrics").EnumerateArray())
            {
                var name = metric.GetProperty("Name").GetString()!;
                if (!root.TryGetProperty(name, out var value))
                    errors.Add($"metric {name} has no target");
                else if (value.ValueKind == JsonValueKind.Array)
                {
                    if (value.GetArrayLength() > 100) errors.Add($"metric {name} array over 100 values");
                    if (value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number)) errors.Add($"metric {name} array holds a non-number");
                }
                else if (value.ValueKind != JsonValueKind.Number)
                    errors.Add($"metric {name} is not a number");
                else if (value.GetDouble() < 0)
                    errors.Add($"metric {name} is negative");
            }
        }
        return errors;
    }
}
