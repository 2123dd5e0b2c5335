namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>Per-minute aggregates of every series, keyed by minute (Unix minutes, UTC).</summary>
public sealed class MetricSeriesSet
{
    private readonly Dictionary<SeriesKey, SortedDictionary<long, MinuteAggregate>> _series = [];

    public long FirstMinute { get; private set; } = long.MaxValue;
    public long LastMinute { get; private set; } = long.MinValue;
    public bool IsEmpty => _series.Count == 0;

    /// <summary>Model ids seen (values of the ModelId dimension).</summary>
    public SortedSet<string> Models { get; } = new(StringComparer.Ordinal);

    public void Add(SeriesKey key, long minute, double value, bool keepValue)
    {
        if (!_series.TryGetValue(key, out var minutes))
        {
            minutes = [];
            _series[key] = minutes;
        }
        if (!minutes.TryGetValue(minute, out var aggregate))
        {
            aggregate = new MinuteAggregate();
            minutes[minute] = aggregate;
        }
        aggregate.Add(value, keepValue);
        FirstMinute = Math.Min(FirstMinute, minute);
        LastMinute = Math.Max(LastMinute, minute);
    }

    /// <summary>The aggregates of minutes in [fromMinute, toMinute).</summary>
    public IEnumerable<MinuteAggregate> Window(SeriesKey key, long fromMinute, long toMinute)
    {
        if (!_series.TryGetValue(key, out var minutes)) yield break;
        for (var m = fromMinute; m < toMinute; m++)
        {
            if (minutes.TryGetValue(m, out var a)) yield return a;
        }
    }

    public IReadOnlyDictionary<long, MinuteAggregate> Series(SeriesKey key) =>
        _series.TryGetValue(key, out var minutes) ? minutes : new SortedDictionary<long, MinuteAggregate>();
}
