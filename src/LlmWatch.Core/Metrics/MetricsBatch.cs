using System.Buffers;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Metrics;

/// <summary>
/// Aggregates one batch of records into cells of (minute of event time, model, caller), priced as they arrive,
/// and writes them as EMF. Reusable: <see cref="Clear"/> between batches.
/// </summary>
public sealed class MetricsBatch(PriceBook prices, EmfOptions options)
{
    private readonly Dictionary<CellKey, MetricAccumulator> _cells = [];
    private readonly EmfWriter _writer = new(options, prices.Version);

    public SkipCounts Skipped { get; } = new();
    public int Parsed { get; private set; }
    public int CellCount => _cells.Count;

    public void Add(InvocationRecord record)
    {
        var priced = prices.TryGetCost(record, out var quote);
        Add(record, priced, quote.Usd);
    }

    /// <summary>Adds a record whose cost the caller has already looked up in the same price book.</summary>
    public void Add(InvocationRecord record, bool priced, double costUsd)
    {
        var key = new CellKey(MinuteOf(record.Timestamp), record.ModelId, record.Caller);
        if (!_cells.TryGetValue(key, out var cell))
            _cells[key] = cell = new MetricAccumulator();
        cell.Add(record, priced, costUsd);
        Parsed++;
    }

    public void AddSkipped(SkipReason reason) => Skipped.Add(reason);

    /// <summary>Writes one EMF JSON line per cell (more where latency samples exceed an array), then skip counts.</summary>
    /// <param name="skipTimestampMs">Timestamp for the skip-count records (skipped lines carry no event time of their own).</param>
    /// <returns>The number of EMF lines written.</returns>
    public int WriteEmf(IBufferWriter<byte> output, long skipTimestampMs)
    {
        var lines = 0;
        foreach (var (key, cell) in _cells)
            lines += _writer.WriteCell(output, key.MinuteMs, key.ModelId, key.Caller, cell);
        if (Skipped.Total > 0)
            lines += _writer.WriteSkips(output, skipTimestampMs, Skipped);
        return lines;
    }

    /// <summary>The latest minute seen, for stamping skip counts when no event time is known.</summary>
    public long LatestMinuteMs()
    {
        long latest = 0;
        foreach (var key in _cells.Keys)
            latest = Math.Max(latest, key.MinuteMs);
        return latest;
    }

    public void Clear()
    {
        _cells.Clear();
        Skipped.Clear();
        Parsed = 0;
    }

    private static long MinuteOf(DateTimeOffset at)
    {
        var ms = at.ToUnixTimeMilliseconds();
        return ms - (((ms % 60_000) + 60_000) % 60_000);
    }

    private readonly record struct CellKey(long MinuteMs, string ModelId, string Caller);
}
