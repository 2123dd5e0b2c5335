using LlmWatch.Core.Errors;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Replay;

/// <summary>Totals for one model (or caller) over a replay.</summary>
public sealed class GroupStats(string key)
{
    private readonly List<double> _latencies = [];
    private bool _sorted = true;

    public string Key { get; } = key;
    public long Invocations { get; private set; }
    public long InputTokens { get; private set; }
    public long OutputTokens { get; private set; }
    public long CacheReadInputTokens { get; private set; }
    public long CacheWriteInputTokens { get; private set; }
    public double CostUsd { get; private set; }
    public long UnpricedTokens { get; private set; }
    /// <summary>Records served at a non-standard tier (priority, flex, reserved, …) priced at the standard rate because no price is published for that tier.</summary>
    public long PricedAsStandardTier { get; private set; }
    public long Errors { get; private set; }
    public SortedDictionary<string, long> ErrorsByClass { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, long> ErrorCodes { get; } = new(StringComparer.Ordinal);

    public int LatencyCount => _latencies.Count;

    public void Add(InvocationRecord record, bool priced, double costUsd) => Add(record, priced, new CostQuote(costUsd, record.ServiceTier));

    /// <summary>Adds a record with its cost quote (valid when <paramref name="priced"/>).</summary>
    public void Add(InvocationRecord record, bool priced, in CostQuote quote)
    {
        var costUsd = quote.Usd;
        if (priced && quote.PricedAs != record.ServiceTier)
            PricedAsStandardTier++;
        Invocations++;
        InputTokens += record.Tokens.Input;
        OutputTokens += record.Tokens.Output;
        CacheReadInputTokens += record.Tokens.CacheRead;
        CacheWriteInputTokens += record.Tokens.CacheWrite;
        if (priced)
            CostUsd += costUsd;
        else
            UnpricedTokens += record.Tokens.Total;
        if (record.ErrorClass != ErrorClass.None)
        {
            Errors++;
            Increment(ErrorsByClass, record.ErrorClass.ToString());
            Increment(ErrorCodes, record.ErrorCode!);
        }
        if (record.LatencyMs is { } latency)
        {
            _sorted = _sorted && (_latencies.Count == 0 || _latencies[^1] <= latency);
            _latencies.Add(latency);
        }
    }

    /// <summary>Nearest-rank percentile over the records that carry a latency; null when none do.</summary>
    public double? LatencyPercentile(double percentile)
    {
        if (_latencies.Count == 0)
            return null;
        if (!_sorted)
        {
            _latencies.Sort();
            _sorted = true;
        }
        return Percentiles.NearestRank(_latencies, percentile);
    }

    private static void Increment(SortedDictionary<string, long> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
