using System.Text.Json;
using System.Text.RegularExpressions;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Pricing.Reference;

/// <summary>
/// README "Pricing", implemented again from its words over the raw JSON files, sharing no code with LlmWatch.Core's
/// price book: the yardstick the generated price test compares the product with.
/// </summary>
internal sealed class ReferencePricer
{
    private static readonly string[] GeoPrefixes = ["us.", "us-gov.", "eu.", "apac.", "au.", "jp.", "ca.", "in."];

    private ReferencePricer(List<ReferenceModel> models) => Models = models;

    /// <summary>Dataset entries first, then supplement entries whose id the dataset lacks.</summary>
    public List<ReferenceModel> Models { get; }

    public static ReferencePricer FromRepository()
    {
        using var dataset = JsonDocument.Parse(File.ReadAllBytes(RepoFiles.Path("src", "LlmWatch.Core", "Pricing", "prices.json")));
        using var supplement = JsonDocument.Parse(File.ReadAllBytes(RepoFiles.Path("src", "LlmWatch.Core", "Pricing", "prices.supplement.json")));
        var models = dataset.RootElement.GetProperty("models").EnumerateArray().Select(ReferenceModel.Read).ToList();
        foreach (var model in supplement.RootElement.GetProperty("models").EnumerateArray().Select(ReferenceModel.Read))
        {
            if (!models.Any(m => string.Equals(m.Id, model.Id, StringComparison.OrdinalIgnoreCase)))
                models.Add(model);
        }
        foreach (var tier in supplement.RootElement.GetProperty("service_tiers").EnumerateArray())
        {
            var owner = models.Single(m => m.Id == tier.GetProperty("model").GetString());
            owner.Tiers[tier.GetProperty("tier").GetString()!] = ReferenceModel.Kinds(tier.GetProperty("prices"));
        }
        return new ReferencePricer(models);
    }

    /// <summary>The entry a logged id is priced by, or null (unpriced).</summary>
    public ReferenceModel? Find(string loggedId)
    {
        var id = loggedId.Trim();
        if (id.StartsWith("arn:", StringComparison.OrdinalIgnoreCase))
        {
            // arn:partition:service:region:account:type/resource — only foundation-model and inference-profile name the model.
            var parts = id.Split(':', 6);
            var type = parts.Length == 6 ? parts[5].Split('/')[0].ToLowerInvariant() : "";
            if (type is not ("foundation-model" or "inference-profile"))
                return null;
            id = id[(id.LastIndexOf('/') + 1)..];
        }
        id = id.ToLowerInvariant();
        var hit = Models.FirstOrDefault(m => Matches(m.Match, id));
        if (hit is not null)
            return hit;
        var prefix = GeoPrefixes.FirstOrDefault(p => id.StartsWith(p, StringComparison.Ordinal));
        return prefix is null ? null : Models.FirstOrDefault(m => Matches(m.Match, id[prefix.Length..]));
    }

    /// <summary>USD, or null when unpriced. <paramref name="tier"/> is the price-file name of the served tier.</summary>
    public double? Cost(string loggedId, DateTimeOffset at, long input, long output, long cacheRead, long cacheWrite, long oneHour, string tier)
    {
        var model = Find(loggedId);
        if (model is null)
            return null;
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var entry = model.Entries.LastOrDefault(e => e.Start is null || e.Start <= day);
        if (entry.Prices is null)
            return null;
        // A tier the model publishes replaces the kinds it lists; every other kind keeps the standard published price.
        var kinds = new Dictionary<string, ReferencePrice>(entry.Prices, StringComparer.Ordinal);
        if (model.Tiers.TryGetValue(tier, out var published))
        {
            foreach (var (kind, price) in published)
                kinds[kind] = price;
        }
        var prompt = input + cacheRead + cacheWrite;
        if (!kinds.TryGetValue("input_mtok", out var inPrice))
            return null;
        var pIn = inPrice.For(prompt);
        if (output > 0 && !kinds.ContainsKey("output_mtok"))
            return null;
        var pOut = output == 0 ? 0 : kinds["output_mtok"].For(prompt);
        var pRead = kinds.TryGetValue("cache_read_mtok", out var r) ? r.For(prompt) : pIn;
        var pWrite = kinds.TryGetValue("cache_write_mtok", out var w) ? w.For(prompt) : pIn;
        var anthropic = model.Id.Contains("anthropic.", StringComparison.OrdinalIgnoreCase);
        var pHour = kinds.TryGetValue("cache_write_1h_mtok", out var h) ? h.For(prompt) : anthropic ? 2 * pIn : pWrite;
        var hour = Math.Min(oneHour, cacheWrite);
        var sum = (input * pIn) + (output == 0 ? 0 : output * pOut) + (cacheRead * pRead) + ((cacheWrite - hour) * pWrite) + (hour * pHour);
        return sum / 1_000_000d;
    }

    private static bool Matches(JsonElement rule, string id)
    {
        var op = rule.EnumerateObject().Single();
        return op.Name switch
        {
            "contains" => id.Contains(op.Value.GetString()!.ToLowerInvariant(), StringComparison.Ordinal),
            "starts_with" => id.StartsWith(op.Value.GetString()!.ToLowerInvariant(), StringComparison.Ordinal),
            "ends_with" => id.EndsWith(op.Value.GetString()!.ToLowerInvariant(), StringComparison.Ordinal),
            "equals" => string.Equals(id, op.Value.GetString(), StringComparison.OrdinalIgnoreCase),
            "regex" => Regex.IsMatch(id, op.Value.GetString()!),
            "and" => op.Value.EnumerateArray().All(r => Matches(r, id)),
            "or" => op.Value.EnumerateArray().Any(r => Matches(r, id)),
            _ => throw new InvalidOperationException($"unknown rule {op.Name}"),
        };
    }
}
