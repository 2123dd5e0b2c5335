using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Cli.Rendering;

/// <summary>The price table and model resolution as JSON (prices in the dataset's own shape), via Utf8JsonWriter.</summary>
internal static class PriceTableJson
{
    // Human-facing output: keep quotes and '+' readable instead of \u0022 escapes (no HTML context here).
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteTable(TextWriter output, PriceBook book) => Write(output, json =>
    {
        json.WriteStartObject();
        WriteTableInfo(json, book);
        json.WriteStartArray("models");
        foreach (var model in book.Models)
        {
            json.WriteStartObject();
            json.WriteString("id", model.Id);
            json.WriteString("name", model.Name);
            json.WriteString("source", PriceFormat.Source(model));
            WriteCitation(json, "price_source", model.Citation);
            json.WriteString("match", model.Match.ToString());
            json.WriteStartArray("prices");
            foreach (var entry in model.Prices)
            {
                json.WriteStartObject();
                if (entry.StartDate is { } start)
                    json.WriteString("start_date", start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                WritePrices(json, entry.Prices);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteServiceTiers(json, model);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("aliases");
        foreach (var (from, to) in book.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal))
            json.WriteString(from, to);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    public static void WriteResolution(TextWriter output, PriceBook book, PriceResolution resolution, DateTimeOffset now) => Write(output, json =>
    {
        json.WriteStartObject();
        WriteTableInfo(json, book);
        json.WriteString("model_id", resolution.LoggedId);
        json.WriteString("kind", resolution.Kind.ToString());
        json.WriteString("normalized_id", resolution.NormalizedId);
        WriteOptional(json, "alias", resolution.AliasTarget);
        json.WriteBoolean("priced", resolution.IsPriced);
        WriteOptional(json, "matched_id", resolution.MatchedId);
        WriteOptional(json, "price_entry", resolution.Model?.Id);
        WriteOptional(json, "rule", resolution.Rule?.ToString());
        WriteOptional(json, "note", resolution.Note);
        if (resolution.Model is { } model)
        {
            json.WriteString("entry_source", PriceFormat.Source(model)); // "source" is the table's, above
            WriteCitation(json, "price_source", model.Citation);
        }
        json.WriteString("prices_on", PriceFormat.Day(now));
        if (resolution.Model?.PricesAt(now) is { } prices)
        {
            json.WriteStartObject("prices");
            WritePrices(json, prices);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("prices");
        }
        if (resolution.Model is { } priced)
            WriteServiceTiers(json, priced);
        json.WriteEndObject();
    });

    private static void WriteTableInfo(Utf8JsonWriter json, PriceBook book)
    {
        json.WriteString("source", book.Source);
        json.WriteString("version", book.Version);
        json.WriteString("date", book.Date);
        json.WriteString("dataset_version", book.Dataset.Version);
        if (book.Supplement is { } supplement)
        {
            json.WriteStartObject("supplement");
            json.WriteString("source", supplement.Source);
            json.WriteString("version", supplement.Version);
            json.WriteString("date", supplement.Date);
            json.WriteEndObject();
        }
    }

    // The published kinds in the dataset's shape; a one-hour write price derived by rule goes under "derived", with the
    // rule and its source, so the object never claims a price the source did not publish.
    private static void WritePrices(Utf8JsonWriter json, ModelPrices prices)
    {
        WritePrice(json, "input_mtok", prices.Input);
        WritePrice(json, "output_mtok", prices.Output);
        WritePrice(json, "cache_read_mtok", prices.CacheRead);
        WritePrice(json, "cache_write_mtok", prices.CacheWrite);
        if (!prices.CacheWrite1hDerived)
        {
            WritePrice(json, "cache_write_1h_mtok", prices.CacheWrite1h);
            return;
        }
        json.WriteStartObject("derived");
        WritePrice(json, "cache_write_1h_mtok", prices.CacheWrite1h);
        json.WriteString("rule", "cache_write_1h_mtok = 2 x input_mtok (Anthropic one-hour prompt-cache write)");
        WriteCitation(json, "rule_source", OneHourCacheWriteRule.Citation);
        json.WriteEndObject();
    }

    private static void WriteServiceTiers(Utf8JsonWriter json, PricedModel model)
    {
        json.WriteStartArray("service_tiers");
        foreach (var tier in model.ServiceTiers)
        {
            json.WriteStartObject();
            json.WriteString("tier", ServiceTierWire.Name(tier.Tier));
            json.WriteStartObject("prices");
            WritePrices(json, tier.Published);
            json.WriteEndObject();
            json.WriteString("source", tier.Citation.Source);
            json.WriteString("source_date", tier.Citation.Date);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteCitation(Utf8JsonWriter json, string name, PriceCitation? citation)
    {
        if (citation is null)
            return;
        json.WriteStartObject(name);
        json.WriteString("source", citation.Source);
        json.WriteString("date", citation.Date);
        json.WriteEndObject();
    }

    private static void WritePrice(Utf8JsonWriter json, string name, TieredPrice? price)
    {
        if (price is null)
            return;
        if (!price.IsTiered)
        {
            json.WriteNumber(name, price.Base);
            return;
        }
        json.WriteStartObject(name);
        json.WriteNumber("base", price.Base);
        json.WriteStartArray("tiers");
        foreach (var tier in price.Tiers)
        {
            json.WriteStartObject();
            json.WriteNumber("start", tier.Start);
            json.WriteNumber("price", tier.Price);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }

    private static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
            body(json);
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
