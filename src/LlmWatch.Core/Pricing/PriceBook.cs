using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Pricing;

/// <summary>Prices per 1M tokens by model, from the embedded dataset plus an optional override file.</summary>
public sealed class PriceBook
{
    private const string ResourceName = "LlmWatch.Core.Pricing.prices.json";

    // Ids are few (one per model/profile in use) but arrive from outside; past this many, resolutions are computed
    // without being cached so a stream of unique ARNs cannot grow memory without bound.
    private const int MaxCachedIds = 4096;

    private readonly PricedModel[] _models;
    private readonly Dictionary<string, string> _aliases;
    private readonly ConcurrentDictionary<string, Resolved> _resolved = new(StringComparer.Ordinal);

    // The record parser hands out one shared string per distinct model id, and a batch often repeats a model, so
    // the last lookup is checked by reference before hashing. One reference field: safe to race between threads.
    private Resolved? _last;

    private PriceBook(string source, string version, string date, PricedModel[] models, Dictionary<string, string> aliases)
    {
        Source = source;
        Version = version;
        Date = date;
        _models = models;
        _aliases = aliases;
    }

    /// <summary>Where the dataset comes from, e.g. <c>@pydantic/genai-prices</c>.</summary>
    public string Source { get; }

    /// <summary>Dataset version, e.g. <c>0.1.8</c>; an override file appends <c>+{its version or "override"}</c>.</summary>
    public string Version { get; }

    /// <summary>Export date of the dataset (YYYY-MM-DD).</summary>
    public string Date { get; }

    /// <summary>Every priced model in match order: override models first, then the dataset's.</summary>
    public IReadOnlyList<PricedModel> Models => _models;

    /// <summary>Override aliases: logged id or ARN → the model id it runs.</summary>
    public IReadOnlyDictionary<string, string> Aliases => _aliases;

    /// <summary>The embedded default table.</summary>
    public static PriceBook LoadDefault()
    {
        using var stream = typeof(PriceBook).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var table = PriceTableReader.Read(bytes, PriceSource.Dataset);
        return new PriceBook(
            table.Source ?? "unknown",
            table.Version ?? "unknown",
            table.Date ?? "",
            [.. table.Models],
            new Dictionary<string, string>(table.Aliases, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// <paramref name="baseBook"/> (the embedded table when null) with an override file applied: its models replace
    /// base models with the same id and otherwise match before them; its aliases map ids and ARNs to models.
    /// Throws <see cref="PriceTableException"/> naming the problem.
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
                replaced[model.Id] = table.WithoutMatch.Contains(model.Id)
                    ? model with { Match = existing.Match } // no rule given: keep the base model's rule
                    : model;
            else
                added.Add(model);
        }
        var models = new List<PricedModel>(added);
        foreach (var model in book._models)
            models.Add(replaced.TryGetValue(model.Id, out var update) ? update : model);

        var aliases = new Dictionary<string, string>(book._aliases, StringComparer.OrdinalIgnoreCase);
        foreach (var (from, to) in table.Aliases)
            aliases[from] = to;
        PricedModel[] merged = [.. models];
        foreach (var (from, to) in table.Aliases)
        {
            var target = ResolveWith(to, merged, aliases: null);
            if (!target.IsPriced)
                throw new PriceTableException($"$.aliases[\"{from}\"]: target \"{to}\" matches no priced model");
        }
        var version = $"{book.Version}+{table.Version ?? "override"}";
        return new PriceBook(book.Source, version, book.Date, merged, aliases);
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

    /// <summary>Cost in USD of one invocation; false when no price is known for the model (its tokens are unpriced).</summary>
    public bool TryGetCost(string modelId, DateTimeOffset at, in TokenCounts tokens, out double costUsd)
    {
        var model = Resolve(modelId).Model;
        if (model?.PricesAt(at) is { } prices)
            return prices.TryCostUsd(tokens, out costUsd);
        costUsd = 0;
        return false;
    }

    /// <summary>How <paramref name="modelId"/> (as logged) resolves; cached per id.</summary>
    public PriceResolution Resolve(string modelId)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Id, modelId))
            return last.Resolution;
        if (!_resolved.TryGetValue(modelId, out var cached))
        {
            cached = new Resolved(modelId, ResolveWith(modelId, _models, _aliases));
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

    private static PriceResolution ResolveWith(string loggedId, PricedModel[] models, Dictionary<string, string>? aliases)
    {
        var normalized = ModelIdNormalizer.Normalize(loggedId, out var kind);
        string? alias = null;
        if (aliases is not null && (aliases.TryGetValue(loggedId.Trim(), out alias) || aliases.TryGetValue(normalized, out alias)))
        {
            var target = ResolveWith(alias, models, aliases: null);
            return new PriceResolution(loggedId, normalized, kind, alias, target.MatchedId, target.Model, target.Rule,
                target.IsPriced ? $"override alias to {alias}" : $"override alias to {alias}, which matches no priced model");
        }
        if (!ModelIdNormalizer.NamesModel(kind))
            return new PriceResolution(loggedId, normalized, kind, null, null, null, null,
                $"this {KindName(kind)} does not say which model it runs; map it in the override file's \"aliases\"");
        if (Match(models, normalized) is var (model, rule))
            return new PriceResolution(loggedId, normalized, kind, null, normalized, model, rule, null);
        // AWS bills geographic cross-region inference at the source region's price, which is the base model's
        // regional price; the dataset lists the common prefixes but not all of them, so retry without the prefix.
        // `global.` is never stripped (global prices differ from regional ones).
        if (ModelIdNormalizer.StripGeoPrefix(normalized) is { } baseId && Match(models, baseId) is var (baseModel, baseRule))
            return new PriceResolution(loggedId, normalized, kind, null, baseId, baseModel, baseRule,
                "priced as the base model: no rule for this geographic prefix");
        return new PriceResolution(loggedId, normalized, kind, null, null, null, null, "no price rule matches this model id");
    }

    private static (PricedModel Model, MatchRule Rule)? Match(PricedModel[] models, string id)
    {
        foreach (var model in models)
        {
            if (model.Match.Explain(id) is { } rule)
                return (model, rule);
        }
        return null;
    }

    private static string KindName(ModelIdKind kind) => kind switch
    {
        ModelIdKind.ApplicationInferenceProfileArn => "application-inference-profile ARN",
        ModelIdKind.ProvisionedModelArn => "provisioned-model ARN",
        ModelIdKind.CustomModelArn => "custom-model ARN",
        ModelIdKind.ImportedModelArn => "imported-model ARN",
        _ => "ARN of this kind",
    };
}
