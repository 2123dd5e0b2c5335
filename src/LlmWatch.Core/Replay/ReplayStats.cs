using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Replay;

/// <summary>What a replay found: record counts, skips with where they were, and totals per model or caller.</summary>
public sealed class ReplayStats(PriceBook prices, ReplayGrouping grouping)
{
    /// <summary>How many skipped records are reported with their location.</summary>
    public const int MaxReportedSkips = 10;

    private readonly Dictionary<string, GroupStats> _groups = new(StringComparer.Ordinal);
    private readonly List<SkippedRecord> _firstSkips = [];

    public long Total { get; private set; }
    public long Parsed { get; private set; }
    public SkipCounts Skipped { get; } = new();
    public IReadOnlyList<SkippedRecord> FirstSkips => _firstSkips;
    public ReplayGrouping Grouping => grouping;
    public PriceBook Prices => prices;

    public IEnumerable<GroupStats> Groups => _groups.Values.OrderByDescending(g => g.CostUsd).ThenBy(g => g.Key, StringComparer.Ordinal);

    public void Add(InvocationRecord record)
    {
        var priced = prices.TryGetCost(record, out var quote);
        Add(record, priced, quote);
    }

    /// <summary>Adds a record whose cost the caller has already looked up in <see cref="Prices"/> (standard tier).</summary>
    public void Add(InvocationRecord record, bool priced, double costUsd) => Add(record, priced, new CostQuote(costUsd, record.ServiceTier));

    /// <summary>Adds a record whose cost quote the caller has already looked up in <see cref="Prices"/>.</summary>
    public void Add(InvocationRecord record, bool priced, in CostQuote quote)
    {
        Total++;
        Parsed++;
        var key = grouping switch
        {
            ReplayGrouping.Caller => record.Caller,
            ReplayGrouping.ServiceTier => ServiceTierWire.Name(record.ServiceTier),
            _ => record.ModelId,
        };
        if (!_groups.TryGetValue(key, out var group))
            _groups[key] = group = new GroupStats(key);
        group.Add(record, priced, quote);
    }

    public void AddSkipped(SkipReason reason, string source, long line)
    {
        Total++;
        Skipped.Add(reason);
        if (_firstSkips.Count < MaxReportedSkips)
            _firstSkips.Add(new SkippedRecord(source, line, reason));
    }
}
