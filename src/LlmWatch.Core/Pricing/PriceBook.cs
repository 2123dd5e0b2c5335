using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Pricing;

/// <summary>Prices per 1M tokens by model: the embedded dataset, the embedded supplement under it, and an optional override file.</summary>
public sealed class PriceBook
{
    private const string DatasetResource = "LlmWatch.Core.Pricing.prices.json";
    private const string SupplementResource = "LlmWatch.Core.Pricing.prices.supplement.json";

    // Ids are few (one per model/profile in use) but arrive from outside; past this many, resolutions are computed
    // without being cached so a stream of unique ARNs cannot grow memory without bound.
    private const int MaxCachedIds = 4096;

    private readonly PricedModel[] _models;
    private readonly Dictionary<string, string> _aliases;
    private readonly ConcurrentDictionary<string, Resolved> _resolved = new(StringComparer.Ordinal);

    // The record parser hands out one shared string per distinct model id, and a batch often repeats a model, so
    // the last lookup is checked by reference before hashing. One reference field: safe to race between threads.
    private Resolved? _last;

    private PriceBook(PriceFileInfo dataset, PriceFileInfo? supplement, string version, PricedModel[] models, Dictionary<string, string> aliases)
    {
        Dataset = dataset;
        Supplement = supplement;
        Version = version;
        _models = models;
        _aliases = aliases;
    }

    /// <summary>The embedded dataset: source (<c>@pydantic/genai-prices</c>), version and export date.</summary>
    public PriceFileInfo Dataset { get; }

    /// <summary>The embedded supplementary table (models the dataset lacks, service-tier prices); null when the book has none.</summary>
    public PriceFileInfo? Supplement { get; }

    /// <summary>Where the dataset comes from, e.g. <c>@pydantic/genai-prices</c>.</summary>
    public string Source => Dataset.Source;

    /// <summary>
    /// The version every cost is stamped with: the dataset's, then <c>+supplement-{n}</c>, then an override file's
    /// <c>+{its version or "override"}</c>, e.g. <c>0.1.8+supplement-1+acme-2026-11</c>.
    /// </summary>
    public string Version { get; }

    /// <summary>Export date of the dataset (YYYY-MM-DD).</summary>
    public string Date => Dataset.Date;

    /// <summary>Every priced model in match order: override models first, then the dataset's, then the supplement's.</summary>
    public IReadOnlyList<PricedModel> Models => _models;

    /// <summary>Override aliases: logged id or ARN → the model id it runs.</summary>
    public IReadOnlyDictionary<string, string> Aliases => _aliases;

    /// <summary>The embedded default: the dataset with the supplement merged under it.</summary>
    public static PriceBook LoadDefault() => FromTables(Resource(DatasetResource), Resource(SupplementResource));

    /// <summary>A book from a dataset file and a supplementary file in the price-file format (tests build their own).</summary>
    internal static PriceBook FromTables(ReadOnlySpan<byte> datasetJson, ReadOnlySpan<byte> supplementJson)
    {
        var dataset = PriceTableReader.Read(datasetJson, PriceSource.Dataset);
        var supplement = PriceTableReader.Read(supplementJson, PriceSource.Supplement);
        var datasetInfo = new PriceFileInfo(dataset.Source ?? "unknown", dataset.Version ?? "unknown", dataset.Date ?? "");
        var supplementInfo = new PriceFileInfo(supplement.Source ?? "supplement", supplement.Version ?? "unknown", supplement.Date ?? "");
        var models = PriceBookAssembly.Finish(PriceBookAssembly.MergeUnder(dataset.Models, supplement.Models),
            [.. dataset.ServiceTiers, .. supplement.ServiceTiers]);
        var aliases = new Dictionary<string, string>(dataset.Aliases, StringComparer.OrdinalIgnoreCase);
        return new PriceBook(datasetInfo, supplementInfo, $"{datasetInfo.Version}+supplement-{supplementInfo.Version}", models, aliases);
    }

    /// <summary>
    /// <paramref name="baseBook"/> (the embedded default when null) with an override file applied: its models replace
    /// base models with the same id and otherwise match before them; its aliases map ids and ARNs to models; its
    /// <c>service_tiers</c> add or replace tier prices. Throws <see cref="PriceTableException"/> naming the problem.
    /// </summary>
    public static PriceBook Load(ReadOnlySpan<byte> overrideJson, PriceBook? baseBook)
    {
        var book = baseBook ?? LoadDefault();
        var table = PriceTableReader.Read(overrideJson, PriceSource.Override);
        var replaced = new Dictionary<string, PricedModel>(StringComparer.OrdinalIgnoreCase);
        var added = new List<PricedModel>();
        foreach (var model in table.Models)
        {
            if (book.FindModel(model.Id) is { } existing)
            {
                // No rule given: keep the base model's rule. Its service-tier prices stay too (an override may replace them).
                var update = table.WithoutMatch.Contains(model.Id) ? model with { Match = existing.Match } : model;
                replaced[model.Id] = update with { ServiceTiers = existing.ServiceTiers };
            }
            else
                added.Add(model);
        }
        var models = new List<PricedModel>(added);
        foreach (var model in book._models)
            models.Add(replaced.TryGetValue(model.Id, out var update) ? update : model);
        var merged = PriceBookAssembly.Finish(models, table.ServiceTiers);

        var aliases = new Dictionary<string, string>(book._aliases, StringComparer.OrdinalIgnoreCase);
        foreach (var (from, to) in table.Aliases)
            aliases[from] = to;
        foreach (var (from, to) in table.Aliases)
        {
            var target = PriceResolver.Resolve(to, merged, aliases: null);
            if (!target.IsPriced)
                throw new PriceTableException($"$.aliases[\"{from}\"]: target \"{to}\" matches no priced model");
        }
        return new PriceBook(book.Dataset, book.Supplement, $"{book.Version}+{table.Version ?? "override"}", merged, aliases);
    }

    /// <summary>Like <see cref="Load"/>, with the problem as a value: false and <paramref name="error"/> set.</summary>
    public static bool TryLoad(
        ReadOnlySpan<byte> overrideJson, PriceBook? baseBook, [NotNullWhen(true)] out PriceBook? book, [NotNullWhen(false)] out string? error)
    {
        try
        {
            book = Load(overrideJson, baseBook);
            error = null;
            return true;
        }
        catch (PriceTableException e)
        {
            book = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Cost in USD of one standard-tier invocation; false when no price is known for the model (its tokens are unpriced).</summary>
    public bool TryGetCost(string modelId, DateTimeOffset at, in TokenCounts tokens, out double costUsd)
    {
        var model = Resolve(modelId).Model;
        if (model?.PricesAt(at) is { } prices)
            return prices.TryCostUsd(tokens, out costUsd);
        costUsd = 0;
        return false;
    }

    /// <summary>
    /// Cost of one invocation served at <paramref name="tier"/>: at the tier's published prices where the model has
    /// them, otherwise at the standard prices, which <see cref="CostQuote.PricedAs"/> then says (reserved capacity is
    /// never priced per token, so a reserved record always gets the standard, on-demand-equivalent, price).
    /// </summary>
    public bool TryGetCost(string modelId, DateTimeOffset at, in TokenCounts tokens, ServiceTier tier, out CostQuote quote)
    {
        quote = default;
        var model = Resolve(modelId).Model;
        if (model is null)
            return false;
        var prices = model.PricesAt(at, tier, out var pricedAs);
        if (prices is null || !prices.TryCostUsd(tokens, out var usd))
            return false;
        quote = new CostQuote(usd, pricedAs);
        return true;
    }

    /// <summary>Cost of a parsed record: its tokens, timestamp and tier, under the model that ran (<c>invokedModelId</c> when a prompt router logged one).</summary>
    public bool TryGetCost(InvocationRecord record, out CostQuote quote) =>
        TryGetCost(record.InvokedModelId ?? record.ModelId, record.Timestamp, record.Tokens, record.ServiceTier, out quote);

    /// <summary>The same in USD alone, for callers that only sum cost.</summary>
    public bool TryGetCostUsd(InvocationRecord record, out double costUsd)
    {
        var priced = TryGetCost(record, out var quote);
        costUsd = quote.Usd;
        return priced;
    }

    /// <summary>How <paramref name="modelId"/> (as logged) resolves; cached per id.</summary>
    public PriceResolution Resolve(string modelId)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Id, modelId))
            return last.Resolution;
        if (!_resolved.TryGetValue(modelId, out var cached))
        {
            cached = new Resolved(modelId, PriceResolver.Resolve(modelId, _models, _aliases));
            if (_resolved.Count >= MaxCachedIds)
                return cached.Resolution;
            cached = _resolved.GetOrAdd(modelId, cached);
        }
        _last = cached;
        return cached.Resolution;
    }

    private sealed record Resolved(string Id, PriceResolution Resolution);

    private PricedModel? FindModel(string id)
    {
        foreach (var model in _models)
        {
            if (string.Equals(model.Id, id, StringComparison.OrdinalIgnoreCase))
                return model;
        }
        return null;
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(PriceBook).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
