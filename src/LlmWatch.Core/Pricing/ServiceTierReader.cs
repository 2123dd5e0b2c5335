using System.Globalization;
using System.Text.Json;
using LlmWatch.Core.Records;
using static LlmWatch.Core.Pricing.PriceTableReader;

namespace LlmWatch.Core.Pricing;

/// <summary>
/// Reads a price file's <c>service_tiers</c>: <c>[{"model", "tier", "prices", "source", "source_date"}]</c>, where
/// <c>model</c> is the id of a price entry, <c>tier</c> one of <c>flex</c>, <c>priority</c>, <c>latency_optimized</c>,
/// and every entry cites where its prices were read.
/// </summary>
internal static class ServiceTierReader
{
    public static void Read(ref Utf8JsonReader reader, List<ServiceTierEntry> entries)
    {
        reader.Read();
        Expect(ref reader, JsonTokenType.StartArray, "$.service_tiers", "an array of {\"model\", \"tier\", \"prices\", \"source\", \"source_date\"}");
        var seen = new HashSet<(string, ServiceTier)>();
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            var path = $"$.service_tiers[{i}]";
            var entry = ReadEntry(ref reader, path);
            if (!seen.Add((entry.ModelId.ToLowerInvariant(), entry.Prices.Tier)))
                throw Fail(path, $"duplicate {ServiceTierWire.Name(entry.Prices.Tier)} prices for \"{entry.ModelId}\"");
            entries.Add(entry);
        }
    }

    /// <summary>A date property: <c>YYYY-MM-DD</c>.</summary>
    public static string ReadDate(ref Utf8JsonReader reader, string path)
    {
        var value = ReadString(ref reader, path);
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw Fail(path, $"\"{value}\" is not a date (YYYY-MM-DD)");
        return value;
    }

    /// <summary>The citation of an entry; both parts or neither, and both when <paramref name="required"/>.</summary>
    public static PriceCitation? Cite(string? source, string? date, string path, bool required)
    {
        if (source is null && date is null && !required)
            return null;
        if (string.IsNullOrWhiteSpace(source))
            throw Fail(path, "has no \"source\" (where the price was read)");
        if (date is null)
            throw Fail(path, "has no \"source_date\" (YYYY-MM-DD the price was read)");
        return new PriceCitation(source, date);
    }

    private static ServiceTierEntry ReadEntry(ref Utf8JsonReader reader, string path)
    {
        Expect(ref reader, JsonTokenType.StartObject, path, "{\"model\", \"tier\", \"prices\", \"source\", \"source_date\"}");
        string? model = null, source = null, date = null;
        ServiceTier? tier = null;
        ModelPrices? prices = null;
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "model": model = ReadString(ref reader, path + ".model"); break;
                case "tier": tier = Tier(ReadString(ref reader, path + ".tier"), path + ".tier"); break;
                case "source": source = ReadString(ref reader, path + ".source"); break;
                case "source_date": date = ReadDate(ref reader, path + ".source_date"); break;
                case "prices":
                    reader.Read();
                    Expect(ref reader, JsonTokenType.StartObject, path + ".prices", "a price object");
                    prices = PriceValueReader.ReadModelPrices(ref reader, path + ".prices");
                    break;
                case "comment":
                    reader.Read();
                    reader.Skip();
                    break;
                default:
                    throw Fail(path, $"unknown property \"{name}\" (expected model, tier, prices, source, source_date, comment)");
            }
        }
        if (string.IsNullOrWhiteSpace(model))
            throw Fail(path, "has no \"model\" (the id of the price entry these prices belong to)");
        var citation = Cite(source, date, path, required: true)!;
        return new ServiceTierEntry(model.Trim(),
            new ServiceTierPrices(tier ?? throw Fail(path, "has no \"tier\""), prices ?? throw Fail(path, "has no \"prices\""), citation), path);
    }

    private static ServiceTier Tier(string value, string path) => value switch
    {
        "flex" => ServiceTier.Flex,
        "priority" => ServiceTier.Priority,
        "latency_optimized" => ServiceTier.LatencyOptimized,
        "reserved" => throw Fail(path, "reserved capacity is billed per tokens-per-minute per month, not per token; reserved records are priced at the standard rate"),
        "default" => throw Fail(path, "the default tier's prices are the model's own \"prices\""),
        _ => throw Fail(path, $"unknown tier \"{value}\" (expected flex, priority, latency_optimized)"),
    };
}
