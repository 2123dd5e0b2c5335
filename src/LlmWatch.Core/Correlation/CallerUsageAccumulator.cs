using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Correlation;

/// <summary>Adds up tokens and priced cost per caller for the alarm window and the one before it.</summary>
public sealed class CallerUsageAccumulator(PriceBook prices, DateTimeOffset pricedAt)
{
    private readonly Dictionary<string, Usage> _byCaller = new(StringComparer.Ordinal);

    public void Add(string caller, string modelId, TokenCounts tokens, long requests, bool previous)
    {
        if (!_byCaller.TryGetValue(caller, out var u))
            _byCaller[caller] = u = new Usage();
        var priced = prices.TryGetCost(modelId, pricedAt, tokens, out var cost);
        if (previous)
        {
            u.PreviousTokens += tokens.Total;
            u.PreviousCost += priced ? cost : 0;
        }
        else
        {
            u.Requests += requests;
            u.Tokens += tokens.Total;
            u.Cost += priced ? cost : 0;
            u.Unpriced |= !priced && tokens.Total > 0;
        }
    }

    /// <summary>The callers with the most tokens in the alarm window (ties by cost, then name).</summary>
    public IReadOnlyList<CallerUsageRow> Top(int count) => _byCaller
        .Where(kv => kv.Value.Tokens > 0 || kv.Value.Requests > 0)
        .Select(kv => new CallerUsageRow(kv.Key, kv.Value.Requests, kv.Value.Tokens, kv.Value.Cost,
            kv.Value.PreviousTokens, kv.Value.PreviousCost, kv.Value.Unpriced))
        .OrderByDescending(r => r.Tokens).ThenByDescending(r => r.CostUsd).ThenBy(r => r.Caller, StringComparer.Ordinal)
        .Take(count)
        .ToList();

    private sealed class Usage
    {
        public long Requests;
        public long Tokens;
        public double Cost;
        public long PreviousTokens;
        public double PreviousCost;
        public bool Unpriced;
    }
}
