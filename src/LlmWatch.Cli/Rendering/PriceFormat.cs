using System.Globalization;
using LlmWatch.Core.Pricing;

namespace LlmWatch.Cli.Rendering;

/// <summary>How prices and resolutions read in text: the words shared by the plain and Spectre tables.</summary>
internal static class PriceFormat
{
    public static readonly string[] Columns = ["model", "since", "input", "output", "cache read", "cache write", "cache write 1h", "source"];

    public static string Price(TieredPrice? price) => price?.ToString() ?? "-";

    public static string Since(DatedPrices entry) =>
        entry.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    public static string Source(PricedModel model) => model.Source == PriceSource.Override ? "override" : "dataset";

    /// <summary>One row per dated price entry of every model, in match order.</summary>
    public static IEnumerable<string[]> Rows(PriceBook book)
    {
        foreach (var model in book.Models)
        {
            foreach (var entry in model.Prices)
            {
                var p = entry.Prices;
                yield return [model.Id, Since(entry), Price(p.Input), Price(p.Output), Price(p.CacheRead), Price(p.CacheWrite),
                    Price(p.CacheWrite1h), Source(model)];
            }
        }
    }

    public static string Heading(PriceBook book) =>
        $"Prices: {book.Source} {book.Version} (exported {book.Date}), USD per 1M tokens, {book.Models.Count} models";

    /// <summary>The effective price of each kind, saying where a fallback applies.</summary>
    public static IEnumerable<(string Kind, string Price)> Effective(ModelPrices prices)
    {
        yield return ("input", Price(prices.Input));
        yield return ("output", prices.Output is null ? "- (output tokens make the call unpriced)" : Price(prices.Output));
        yield return ("cache read", prices.CacheRead is null ? $"{Price(prices.Input)} (input price)" : Price(prices.CacheRead));
        yield return ("cache write", prices.CacheWrite is null ? $"{Price(prices.Input)} (input price)" : Price(prices.CacheWrite));
        yield return ("cache write 1h", prices.CacheWrite1h is not null ? Price(prices.CacheWrite1h)
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
