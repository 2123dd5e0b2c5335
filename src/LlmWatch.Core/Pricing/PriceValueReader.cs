using System.Globalization;
using System.Text.Json;
using static LlmWatch.Core.Pricing.PriceTableReader;

namespace LlmWatch.Core.Pricing;

/// <summary>Reads the values inside a model entry: match rules, prices (plain, tiered, date-conditional).</summary>
internal static class PriceValueReader
{
    /// <summary>Reads a match rule; the reader is on its first token.</summary>
    public static MatchRule ReadMatch(ref Utf8JsonReader reader, string path)
    {
        Expect(ref reader, JsonTokenType.StartObject, path, "a match rule object such as {\"contains\": \"claude-3-haiku\"}");
        if (!NextProperty(ref reader, out var key))
            throw Fail(path, "empty match rule");
        var rulePath = $"{path}.{key}";
        MatchRule rule;
        switch (key)
        {
            case "and" or "or":
                reader.Read();
                Expect(ref reader, JsonTokenType.StartArray, rulePath, "an array of match rules");
                var children = new List<MatchRule>();
                for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                    children.Add(ReadMatch(ref reader, $"{rulePath}[{i}]"));
                if (children.Count == 0)
                    throw Fail(rulePath, "needs at least one rule");
                rule = MatchRule.Group(key == "and" ? MatchKind.And : MatchKind.Or, children);
                break;
            default:
                var kind = key switch
                {
                    "contains" => MatchKind.Contains,
                    "starts_with" => MatchKind.StartsWith,
                    "ends_with" => MatchKind.EndsWith,
                    "equals" => MatchKind.EqualsId,
                    "regex" => MatchKind.Regex,
                    _ => throw Fail(path, $"unknown match operator \"{key}\" (expected contains, starts_with, ends_with, equals, regex, and, or)"),
                };
                var value = ReadString(ref reader, rulePath);
                if (value.Length == 0)
                    throw Fail(rulePath, "empty pattern");
                try
                {
                    rule = MatchRule.Leaf(kind, value);
                }
                catch (ArgumentException e)
                {
                    throw Fail(rulePath, $"invalid regular expression: {e.Message}");
                }
                break;
        }
        if (NextProperty(ref reader, out var extra))
            throw Fail(path, $"a match rule has exactly one operator; found \"{key}\" and \"{extra}\" (use \"and\"/\"or\" to combine)");
        return rule;
    }

    /// <summary>Reads <c>prices</c>: one price object, or a list of <c>{"constraint", "prices"}</c> entries.</summary>
    public static IReadOnlyList<DatedPrices> ReadPrices(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
            return [new DatedPrices(null, ReadModelPrices(ref reader, path))];
        Expect(ref reader, JsonTokenType.StartArray, path, "a price object or a list of {\"constraint\", \"prices\"}");
        var entries = new List<DatedPrices>();
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            entries.Add(ReadDated(ref reader, $"{path}[{i}]"));
        if (entries.Count == 0)
            throw Fail(path, "empty price list");
        return entries;
    }

    private static DatedPrices ReadDated(ref Utf8JsonReader reader, string path)
    {
        Expect(ref reader, JsonTokenType.StartObject, path, "{\"constraint\", \"prices\"}");
        DateOnly? start = null;
        ModelPrices? prices = null;
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "constraint":
                    reader.Read();
                    start = ReadConstraint(ref reader, path + ".constraint");
                    break;
                case "prices":
                    reader.Read();
                    Expect(ref reader, JsonTokenType.StartObject, path + ".prices", "a price object");
                    prices = ReadModelPrices(ref reader, path + ".prices");
                    break;
                default:
                    throw Fail(path, $"unknown property \"{name}\" (expected constraint, prices)");
            }
        }
        return new DatedPrices(start, prices ?? throw Fail(path, "has no \"prices\""));
    }

    private static DateOnly? ReadConstraint(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        Expect(ref reader, JsonTokenType.StartObject, path, "{\"type\": \"start_date\", \"start_date\": \"YYYY-MM-DD\"}");
        DateOnly? start = null;
        while (NextProperty(ref reader, out var name))
        {
            var value = ReadString(ref reader, $"{path}.{name}");
            switch (name)
            {
                case "type" when value != "start_date":
                    throw Fail(path + ".type", $"unsupported constraint type \"{value}\" (only start_date is supported)");
                case "type":
                    break;
                case "start_date":
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        throw Fail(path + ".start_date", $"\"{value}\" is not a date (YYYY-MM-DD)");
                    start = date;
                    break;
                default:
                    throw Fail(path, $"unknown property \"{name}\" (expected type, start_date)");
            }
        }
        return start ?? throw Fail(path, "has no \"start_date\"");
    }

    internal static ModelPrices ReadModelPrices(ref Utf8JsonReader reader, string path)
    {
        TieredPrice? input = null, output = null, cacheRead = null, cacheWrite = null, cacheWrite1h = null;
        while (NextProperty(ref reader, out var name))
        {
            var pricePath = $"{path}.{name}";
            reader.Read();
            switch (name)
            {
                case "input_mtok": input = ReadPrice(ref reader, pricePath); break;
                case "output_mtok": output = ReadPrice(ref reader, pricePath); break;
                case "cache_read_mtok": cacheRead = ReadPrice(ref reader, pricePath); break;
                case "cache_write_mtok": cacheWrite = ReadPrice(ref reader, pricePath); break;
                case "cache_write_1h_mtok": cacheWrite1h = ReadPrice(ref reader, pricePath); break;
                // Audio prices exist for speech models; invocation logs carry no audio token split.
                case "input_audio_mtok" or "output_audio_mtok" or "cache_audio_read_mtok":
                    _ = ReadPrice(ref reader, pricePath);
                    break;
                default:
                    throw Fail(path, $"unknown price \"{name}\" (expected input_mtok, output_mtok, cache_read_mtok, cache_write_mtok, cache_write_1h_mtok)");
            }
        }
        if (input is null)
            throw Fail(path, "has no \"input_mtok\"");
        return new ModelPrices(input, output, cacheRead, cacheWrite, cacheWrite1h);
    }

    private static TieredPrice ReadPrice(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType == JsonTokenType.Number)
            return new TieredPrice(ReadAmount(ref reader, path));
        Expect(ref reader, JsonTokenType.StartObject, path, "a number (USD per 1M tokens) or {\"base\", \"tiers\"}");
        double? basePrice = null;
        var tiers = new List<PriceTier>();
        while (NextProperty(ref reader, out var name))
        {
            reader.Read();
            switch (name)
            {
                case "base":
                    basePrice = ReadAmount(ref reader, path + ".base");
                    break;
                case "tiers":
                    Expect(ref reader, JsonTokenType.StartArray, path + ".tiers", "an array of {\"start\", \"price\"}");
                    for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                        tiers.Add(ReadTier(ref reader, $"{path}.tiers[{i}]"));
                    break;
                default:
                    throw Fail(path, $"unknown property \"{name}\" (expected base, tiers)");
            }
        }
        return new TieredPrice(basePrice ?? throw Fail(path, "has no \"base\""), tiers);
    }

    private static PriceTier ReadTier(ref Utf8JsonReader reader, string path)
    {
        Expect(ref reader, JsonTokenType.StartObject, path, "{\"start\", \"price\"}");
        long? start = null;
        double? price = null;
        while (NextProperty(ref reader, out var name))
        {
            reader.Read();
            switch (name)
            {
                case "start":
                    Expect(ref reader, JsonTokenType.Number, path + ".start", "a token count");
                    if (!reader.TryGetInt64(out var tokens) || tokens < 0)
                        throw Fail(path + ".start", "must be a whole, non-negative token count");
                    start = tokens;
                    break;
                case "price":
                    price = ReadAmount(ref reader, path + ".price");
                    break;
                default:
                    throw Fail(path, $"unknown property \"{name}\" (expected start, price)");
            }
        }
        return new PriceTier(start ?? throw Fail(path, "has no \"start\""), price ?? throw Fail(path, "has no \"price\""));
    }

    private static double ReadAmount(ref Utf8JsonReader reader, string path)
    {
        Expect(ref reader, JsonTokenType.Number, path, "a number (USD per 1M tokens)");
        var value = reader.GetDouble();
        if (value < 0 || double.IsNaN(value) || double.IsInfinity(value))
            throw Fail(path, $"price must be a non-negative number, found {value.ToString(CultureInfo.InvariantCulture)}");
        return value;
    }
}
