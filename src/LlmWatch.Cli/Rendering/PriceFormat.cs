using System.Globalization;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Cli.Rendering;

/// <summary>How prices and resolutions read in text: the words shared by the plain and Spectre tables.</summary>
internal static class PriceFormat
{
    public static readonly string[] Columns = ["model", "since", "input", "output", "cache read", "cache write", "cache write 1h", "source"];

    public static string Price(TieredPrice? price) => price?.ToString() ?? "-";

    public static string Since(DatedPrices entry) =>
        entry.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    public static readonly string[] TierColumns = ["model", "tier", "input", "output", "source date"];

    /// <summary>Marks a one-hour write price that the dataset does not publish but Anthropic's rule gives.</summary>
    public const string DerivedMark = " (2× input)";

    public static string Source(PricedModel model) => model.Source switch
    {
        PriceSource.Override => "override",
        PriceSource.Supplement => "supplement",
        _ => "dataset",
    };

    /// <summary>The one-hour write price as published, or derived and marked.</summary>
    public static string OneHour(ModelPrices prices) => prices.CacheWrite1hDerived ? Price(prices.CacheWrite1h) + DerivedMark : Price(prices.CacheWrite1h);

    public static string RuleNote =>
        $"cache write 1h marked \"{DerivedMark.Trim()}\": not published by the dataset; Anthropic bills one-hour cache writes at 2× the input price ({OneHourCacheWriteRule.Citation})";

    /// <summary>One row per dated price entry of every model, in match order.</summary>
    public static IEnumerable<string[]> Rows(PriceBook book)
    {
        foreach (var model in book.Models)
        {
            foreach (var entry in model.Prices)
            {
                var p = entry.Prices;
                yield return [model.Id, Since(entry), Price(p.Input), Price(p.Output), Price(p.CacheRead), Price(p.CacheWrite),
                    OneHour(p), Source(model)];
            }
        }
    }

    /// <summary>One row per published service-tier price, in model order.</summary>
    public static IEnumerable<string[]> TierRows(PriceBook book)
    {
        foreach (var model in book.Models)
        {
            foreach (var tier in model.ServiceTiers)
                yield return [model.Id, ServiceTierWire.Name(tier.Tier), Price(tier.Published.Input), Price(tier.Published.Output), tier.Citation.Date];
        }
    }

    /// <summary>Every hand-maintained figure with its source: supplement and override models, then service-tier prices.</summary>
    public static IEnumerable<string> Citations(PriceBook book)
    {
        foreach (var model in book.Models)
        {
            if (model.Citation is { } citation)
                yield return $"{model.Id}: {citation}";
        }
        foreach (var model in book.Models)
        {
            foreach (var tier in model.ServiceTiers)
                yield return $"{model.Id} {ServiceTierWire.Name(tier.Tier)}: {tier.Citation}";
        }
    }

    public static string Heading(PriceBook book)
    {
        var supplement = book.Supplement is { } s ? $" + {s.Source} {s.Version} ({s.Date})" : "";
        return $"Prices: {book.Source} {book.Dataset.Version} (exported {book.Date}){supplement}; version {book.Version}; USD per 1M tokens, {book.Models.Count} models";
    }

    /// <summary>The effective price of each kind, saying where a fallback applies.</summary>
    public static IEnumerable<(string Kind, string Price)> Effective(ModelPrices prices)
    {
        yield return ("input", Price(prices.Input));
        yield return ("output", prices.Output is null ? "- (output tokens make the call unpriced)" : Price(prices.Output));
        yield return ("cache read", prices.CacheRead is null ? $"{Price(prices.Input)} (input price)" : Price(prices.CacheRead));
        yield return ("cache write", prices.CacheWrite is null ? $"{Price(prices.Input)} (input price)" : Price(prices.CacheWrite));
        yield return ("cache write 1h", prices.CacheWrite1hDerived ? $"{Price(prices.CacheWrite1h)} (2× input: Anthropic one-hour cache write rule)"
            : prices.CacheWrite1h is not null ? Price(prices.CacheWrite1h)
            : prices.CacheWrite is not null ? $"{Price(prices.CacheWrite)} (cache write price)"
            : $"{Price(prices.Input)} (input price)");
    }

    public static string Kind(ModelIdKind kind) => kind switch
    {
        ModelIdKind.BaseModel => "base model id",
        ModelIdKind.GeoProfile => "geographic cross-region profile id",
        ModelIdKind.GlobalProfile => "global cross-region profile id",
        ModelIdKind.FoundationModelArn => "foundation-model ARN",
        ModelIdKind.InferenceProfileArn => "inference-profile ARN",
        ModelIdKind.ApplicationInferenceProfileArn => "application-inference-profile ARN",
        ModelIdKind.ProvisionedModelArn => "provisioned-model ARN",
        ModelIdKind.CustomModelArn => "custom-model ARN",
        ModelIdKind.ImportedModelArn => "imported-model ARN",
        _ => "ARN",
    };

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
