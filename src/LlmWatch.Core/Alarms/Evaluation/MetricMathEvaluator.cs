namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>
/// Values of an alarm's queries over per-minute series, as CloudWatch computes them: a statistic over the period that
/// ends at the evaluated minute (percentiles by nearest rank), metric math over other queries, and an approximated
/// ANOMALY_DETECTION_BAND. The backtest and offline page history both evaluate through this.
/// </summary>
public sealed class MetricMathEvaluator
{
    /// <summary>Periods of history an approximated anomaly band is computed from, and the fewest it needs.</summary>
    public const int BandHistory = 24, BandMinimumHistory = 6;

    private readonly MetricSeriesSet _series;
    private readonly Dictionary<string, MetricMathQuery> _queries = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Id, long End), double?> _memo = [];
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

    public MetricMathEvaluator(MetricSeriesSet series, IEnumerable<MetricMathQuery> queries)
    {
        _series = series;
        foreach (var q in queries)
            _queries[q.Id] = q;
    }

    /// <summary>The query's value for the period ending at <paramref name="endMinute"/> (exclusive, Unix minutes); null is a missing datapoint.</summary>
    /// <exception cref="ArgumentException">An expression names a query that does not exist or depends on itself, or a statistic is unknown.</exception>
    public double? ValueAt(string id, long endMinute)
    {
        if (_memo.TryGetValue((id, endMinute), out var known))
            return known;
        if (!_queries.TryGetValue(id, out var query))
            throw new ArgumentException($"the alarm's expression refers to '{id}', which it does not define");
        if (!_evaluating.Add(id))
            throw new ArgumentException($"expression '{id}' refers to itself");
        try
        {
            var value = query switch
            {
                { Series: { } key, Stat: { } stat } => Statistics.Compute(stat, _series.Window(key, endMinute - query.PeriodMinutes, endMinute)),
                // The band is the alarm's threshold, not a datapoint: see BandUpper.
                { Expression: BandNode } => null,
                { Expression: { } node } => node.Evaluate(other => ValueAt(other, endMinute)),
                _ => throw new ArgumentException($"query '{id}' has neither a metric nor an expression"),
            };
            _memo[(id, endMinute)] = value;
            return value;
        }
        finally
        {
            _evaluating.Remove(id);
        }
    }

    /// <summary>
    /// Upper edge of the band query <paramref name="bandId"/> at a minute: mean + width x stddev of its series' values in
    /// the previous <see cref="BandHistory"/> periods, null with fewer than <see cref="BandMinimumHistory"/> of them.
    /// </summary>
    public double? BandUpper(string bandId, long endMinute, int periodMinutes)
    {
        if (_queries.GetValueOrDefault(bandId)?.Expression is not BandNode band)
            throw new ArgumentException($"query '{bandId}' is not ANOMALY_DETECTION_BAND(...)");
        var history = new List<double>(BandHistory);
        for (var k = 1; k <= BandHistory; k++)
        {
            if (ValueAt(band.SeriesId, endMinute - k * periodMinutes) is { } v) history.Add(v);
        }
        if (history.Count < BandMinimumHistory) return null;
        var mean = history.Average();
        var sd = Math.Sqrt(history.Sum(v => (v - mean) * (v - mean)) / history.Count);
        // A perfectly flat history would give a zero-width band; CloudWatch's band never collapses like that.
        var spread = Math.Max(sd, Math.Max(0.1 * Math.Abs(mean), 1));
        return mean + band.Width * spread;
    }
}
