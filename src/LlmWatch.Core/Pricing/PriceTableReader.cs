using System.Text.Json;
using LlmWatch.Core.Json;

namespace LlmWatch.Core.Pricing;

/// <summary>
/// Reads a price file with <see cref="Utf8JsonReader"/> (AOT-safe, no reflection). Both the embedded table and
/// the override file use the genai-prices model shape; an override may also map ids to models with <c>aliases</c>.
/// Errors throw <see cref="PriceTableException"/> whose message names the JSON path and the problem.
/// </summary>
internal static class PriceTableReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static PriceTable Read(ReadOnlySpan<byte> json, PriceSource source)
    {
        // Editors on Windows save UTF-8 with a byte-order mark, which Utf8JsonReader does not accept.
        if (json.StartsWith("\uFEFF"u8))
            json = json[3..];
        if (json.Trim(" \t\r\n"u8).IsEmpty)
            throw Fail("$", "the file is empty");
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            var table = ReadTable(ref reader, source);
            if (reader.Read())
                throw Fail("$", "unexpected content after the top-level object");
            return table;
        }
        catch (JsonException e)
        {
            throw new PriceTableException(
                $"not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {FirstSentence(e.Message)}", e);
        }
    }

    private static PriceTable ReadTable(ref Utf8JsonReader reader, PriceSource source)
    {
        if (!reader.Read())
            throw Fail("$", "the file is empty");
        Expect(ref reader, JsonTokenType.StartObject, "$", "an object with \"models\" and/or \"aliases\"");
        string? tableSource = null, version = null, date = null;
        var models = new List<PricedModel>();
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var withoutMatch = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var serviceTiers = new List<ServiceTierEntry>();
        var sawContent = false;
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "source": tableSource = ReadString(ref reader, "$.source"); break;
                case "version": version = ReadString(ref reader, "$.version"); break;
                case "date": date = ReadString(ref reader, "$.date"); break;
                case "provider" or "license" or "generated_by" or "comment" or "description" or "$schema":
                    reader.Read();
                    reader.Skip();
                    break;
                case "models":
                    ReadModels(ref reader, source, models, withoutMatch);
                    sawContent = true;
                    break;
                case "aliases":
                    ReadAliases(ref reader, aliases);
                    sawContent = true;
                    break;
                case "service_tiers":
                    ServiceTierReader.Read(ref reader, serviceTiers);
                    sawContent = true;
                    break;
                default:
                    throw Fail("$", $"unknown property \"{name}\" (expected models, aliases, service_tiers, version, date, source, comment)");
            }
        }
        if (!sawContent)
            throw Fail("$", "has none of \"models\", \"aliases\", \"service_tiers\"");
        return new PriceTable(tableSource, version, date, models, aliases, withoutMatch) { ServiceTiers = serviceTiers };
    }

    private static void ReadModels(ref Utf8JsonReader reader, PriceSource source, List<PricedModel> models, HashSet<string> withoutMatch)
    {
        reader.Read();
        Expect(ref reader, JsonTokenType.StartArray, "$.models", "an array of models");
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            var path = $"$.models[{i}]";
            var model = ReadModel(ref reader, path, source, out var matchGiven);
            if (!ids.Add(model.Id))
                throw Fail(path, $"duplicate model id \"{model.Id}\"");
            models.Add(model);
            if (!matchGiven)
                withoutMatch.Add(model.Id);
        }
    }

    private static PricedModel ReadModel(ref Utf8JsonReader reader, string path, PriceSource source, out bool matchGiven)
    {
        Expect(ref reader, JsonTokenType.StartObject, path, "a model object");
        string? id = null, name = null, citedSource = null, citedDate = null;
        MatchRule? match = null;
        IReadOnlyList<DatedPrices>? prices = null;
        while (NextProperty(ref reader, out var property))
        {
            switch (property)
            {
                case "id": id = ReadString(ref reader, path + ".id"); break;
                case "name": name = ReadString(ref reader, path + ".name"); break;
                case "match":
                    reader.Read();
                    match = PriceValueReader.ReadMatch(ref reader, path + ".match");
                    break;
                case "prices":
                    reader.Read();
                    prices = PriceValueReader.ReadPrices(ref reader, path + ".prices");
                    break;
                case "source": citedSource = ReadString(ref reader, path + ".source"); break;
                case "source_date": citedDate = ServiceTierReader.ReadDate(ref reader, path + ".source_date"); break;
                case "price_comments" or "description" or "context_window" or "comment":
                    reader.Read();
                    reader.Skip();
                    break;
                default:
                    throw Fail(path, $"unknown property \"{property}\" (expected id, name, match, prices, source, source_date, comment)");
            }
        }
        if (string.IsNullOrWhiteSpace(id))
            throw Fail(path, "has no \"id\"");
        if (prices is null)
            throw Fail(path, $"model \"{id}\" has no \"prices\"");
        var citation = ServiceTierReader.Cite(citedSource, citedDate, path, required: source == PriceSource.Supplement);
        matchGiven = match is not null;
        // Without a rule a model matches its own id exactly, which is what an override entry usually wants.
        match ??= MatchRule.Leaf(MatchKind.EqualsId, id);
        return new PricedModel(id, name ?? id, match, prices, source) { Citation = citation };
    }

    private static void ReadAliases(ref Utf8JsonReader reader, Dictionary<string, string> aliases)
    {
        reader.Read();
        Expect(ref reader, JsonTokenType.StartObject, "$.aliases", "an object mapping an id or ARN to the model it runs");
        while (NextProperty(ref reader, out var from))
        {
            var path = $"$.aliases[\"{from}\"]";
            var to = ReadString(ref reader, path);
            if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
                throw Fail(path, "an alias needs a non-empty id and target");
            if (!aliases.TryAdd(from.Trim(), to.Trim()))
                throw Fail(path, "duplicate alias");
        }
    }

    /// <summary>Advances to the next property name of the current object; false at its end.</summary>
    internal static bool NextProperty(ref Utf8JsonReader reader, out string name) => JsonReading.NextProperty(ref reader, out name);

    internal static string ReadString(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        Expect(ref reader, JsonTokenType.String, path, "a string");
        return reader.GetString()!;
    }

    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string path, string what)
    {
        if (reader.TokenType != type)
            throw Fail(path, $"expected {what}, found {Describe(reader.TokenType)}");
    }

    internal static PriceTableException Fail(string path, string problem) => new($"{path}: {problem}");

    private static string Describe(JsonTokenType type) => JsonReading.Describe(type);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
