using System.Text.Json;

namespace LlmWatch.Core.Tests.Pricing.Reference;

/// <summary>A price entry read straight from the JSON file: its id, its rule (kept as JSON), dated prices and tier prices.</summary>
internal sealed class ReferenceModel
{
    public required string Id { get; init; }
    public required JsonElement Match { get; init; }
    /// <summary>(start date or null, kind → price) in file order.</summary>
    public required List<(DateOnly? Start, Dictionary<string, ReferencePrice> Prices)> Entries { get; init; }
    /// <summary>Service tier name (flex, priority, latency_optimized) → published kinds.</summary>
    public Dictionary<string, Dictionary<string, ReferencePrice>> Tiers { get; } = [];

    public static ReferenceModel Read(JsonElement model)
    {
        var id = model.GetProperty("id").GetString()!;
        var match = model.TryGetProperty("match", out var m)
            ? m.Clone()
            : JsonDocument.Parse(JsonSerializerEquals(id)).RootElement.Clone();
        var prices = model.GetProperty("prices");
        var entries = new List<(DateOnly?, Dictionary<string, ReferencePrice>)>();
        if (prices.ValueKind == JsonValueKind.Object)
            entries.Add((null, Kinds(prices)));
        else
        {
            foreach (var entry in prices.EnumerateArray())
            {
                DateOnly? start = entry.TryGetProperty("constraint", out var c) && c.ValueKind == JsonValueKind.Object
                    ? DateOnly.Parse(c.GetProperty("start_date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                    : null;
                entries.Add((start, Kinds(entry.GetProperty("prices"))));
            }
        }
        return new ReferenceModel { Id = id, Match = match, Entries = entries };
    }

    public static Dictionary<string, ReferencePrice> Kinds(JsonElement prices)
    {
        var kinds = new Dictionary<string, ReferencePrice>(StringComparer.Ordinal);
        foreach (var kind in prices.EnumerateObject())
            kinds[kind.Name] = ReferencePrice.Read(kind.Value);
        return kinds;
    }

    private static string JsonSerializerEquals(string id) => $"{{\"equals\": {JsonSerializer.Serialize(id.ToLowerInvariant())}}}";
}
