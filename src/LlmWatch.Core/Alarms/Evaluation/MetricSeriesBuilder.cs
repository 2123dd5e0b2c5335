using System.Text;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Metrics.Schema;
using LlmWatch.Core.Records;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>
/// Turns invocation records into the per-minute series the metrics function publishes: every metric of
/// <see cref="MetricSchema.Invocation"/> under each of its dimension sets, measured as the EMF cells measure them,
/// so alarms can be evaluated offline.
/// </summary>
public sealed class MetricSeriesBuilder(CostLookup cost)
{
    private static readonly MetricGroup Group = S.Invocation;
    /// <summary>Each dimension set's names sorted as <see cref="SeriesKey"/> joins them.</summary>
    private static readonly string[][] SortedSets =
        [.. Group.DimensionSets.Select(set => set.Names.Order(StringComparer.Ordinal).ToArray())];

    private readonly double[] _sums = new double[Group.Sums.Count];
    private readonly double[] _observed = new double[Group.Distributions.Count];
    private readonly string[] _dimensions = new string[SortedSets.Length];
    private readonly StringBuilder _key = new();

    public MetricSeriesSet Series { get; } = new();

    public void Add(InvocationRecord record)
    {
        var minute = record.Timestamp.ToUnixTimeSeconds() / 60;
        Series.Models.Add(record.ModelId);
        for (var i = 0; i < SortedSets.Length; i++)
            _dimensions[i] = DimensionsOf(SortedSets[i], record);

        var priced = cost(record, out var usd);
        Array.Clear(_sums);
        InvocationMeasures.AddSums(record, priced, usd, _sums);
        InvocationMeasures.Observe(record, _observed);
        foreach (var dims in _dimensions)
        {
            foreach (var metric in Group.Sums)
                Series.Add(new SeriesKey(Group.Namespace, metric.Name, dims), minute, _sums[metric.Slot], keepValue: false);
            foreach (var metric in Group.Distributions)
            {
                if (!double.IsNaN(_observed[metric.Slot]))
                    Series.Add(new SeriesKey(Group.Namespace, metric.Name, dims), minute, _observed[metric.Slot], keepValue: true);
            }
        }
    }

    private string DimensionsOf(string[] names, InvocationRecord record)
    {
        _key.Clear();
        foreach (var name in names)
        {
            if (_key.Length > 0)
                _key.Append('|');
            _key.Append(name).Append('=').Append(name switch
            {
                MetricDimensions.ModelId => record.ModelId,
                MetricDimensions.Caller => record.Caller,
                _ => throw new InvalidOperationException($"an invocation record has no {name} dimension"),
            });
        }
        return _key.ToString();
    }
}
