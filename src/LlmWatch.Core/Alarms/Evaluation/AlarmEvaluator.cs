using LlmWatch.Core.Alarms;
using LlmWatch.Core.Alarms.Definitions;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>
/// Evaluates one metric alarm instance every minute over per-minute series, with CloudWatch semantics: each period is
/// a sliding window ending at the evaluation minute, statistics per period (percentiles by nearest rank), metric math,
/// M out of N datapoints and TreatMissingData. Anomaly bands are approximated from the series' own recent history.
/// </summary>
public sealed class AlarmEvaluator
{
    /// <summary>Periods of history an approximated anomaly band is computed from, and the fewest it needs.</summary>
    public const int BandHistory = 24, BandMinimumHistory = 6;

    private readonly AlarmDefinition _alarm;
    private readonly MetricSeriesSet _series;
    private readonly BacktestParameters _parameters;
    private readonly Dictionary<string, MetricQuery> _queries;
    private readonly Dictionary<string, SeriesKey> _keys = [];
    private readonly Dictionary<string, MathNode> _expressions = [];
    private readonly Dictionary<(string, long), double?> _memo = [];
    private readonly int _periodMinutes;

    public AlarmEvaluator(AlarmDefinition alarm, IReadOnlyDictionary<string, string> loopValues, MetricSeriesSet series, BacktestParameters parameters)
    {
        _alarm = alarm;
        _series = series;
        _parameters = parameters;
        _queries = alarm.Queries.ToDictionary(q => q.Id, StringComparer.Ordinal);
        foreach (var q in alarm.Queries)
        {
            if (q.Stat is { } stat)
            {
                var dims = stat.Dimensions.Select(d => new KeyValuePair<string, string>(d.Name, Resolve(d.Value, loopValues)));
                _keys[q.Id] = new SeriesKey(stat.Namespace, stat.MetricName, SeriesKey.DimensionsOf(dims));
            }
            else
            {
                _expressions[q.Id] = MathParser.Parse(parameters.Substitute(q.Expression!));
            }
        }
        _periodMinutes = Math.Max(1, alarm.PrimaryMetric.PeriodSeconds / 60);
    }

    /// <summary>The state after the evaluation at the start of each minute in [fromMinute, toMinute).</summary>
    public (AlarmState State, double? Value)[] Run(long fromMinute, long toMinute)
    {
        var states = new (AlarmState, double?)[toMinute - fromMinute];
        var current = AlarmState.InsufficientData;
        var datapoints = new bool?[_alarm.EvaluationPeriods];
        var returnId = _alarm.ReturnQuery.Id;
        for (var t = fromMinute; t < toMinute; t++)
        {
            double? newest = null;
            for (var k = 0; k < datapoints.Length; k++)
            {
                var end = t - (datapoints.Length - 1 - k) * _periodMinutes;
                var value = ValueAt(returnId, end);
                datapoints[k] = value is { } v && Threshold(end) is { } threshold ? Breaches(v, threshold) : null;
                newest = value;
            }
            current = MissingDataRule.Decide(datapoints, _alarm.DatapointsToAlarm, _alarm.TreatMissingData, current);
            states[t - fromMinute] = (current, newest);
        }
        return states;
    }

    private double? Threshold(long end) => _alarm.Threshold switch
    {
        { Value: { } fixedValue } => fixedValue,
        { Parameter: { } name } => _parameters.Number(name),
        { BandQueryId: { } band } => BandUpper((BandNode)_expressions[band], end),
        _ => null,
    };

    private bool Breaches(double value, double threshold) => _alarm.Operator switch
    {
        ComparisonOperator.GreaterThanThreshold or ComparisonOperator.GreaterThanUpperThreshold => value > threshold,
        ComparisonOperator.GreaterThanOrEqualToThreshold => value >= threshold,
        ComparisonOperator.LessThanThreshold => value < threshold,
        ComparisonOperator.LessThanOrEqualToThreshold => value <= threshold,
        _ => false,
    };

    /// <summary>Upper edge of the approximated band: mean + width x stddev of the previous periods' values.</summary>
    private double? BandUpper(BandNode band, long end)
    {
        var history = new List<double>(BandHistory);
        for (var k = 1; k <= BandHistory; k++)
        {
            if (ValueAt(band.SeriesId, end - k * _periodMinutes) is { } v) history.Add(v);
        }
        if (history.Count < BandMinimumHistory) return null;
        var mean = history.Average();
        var sd = Math.Sqrt(history.Sum(v => (v - mean) * (v - mean)) / history.Count);
        // A perfectly flat history would give a zero-width band; CloudWatch's band never collapses like that.
        var spread = Math.Max(sd, Math.Max(0.1 * Math.Abs(mean), 1));
        return mean + band.Width * spread;
    }

    private double? ValueAt(string id, long end)
    {
        if (_memo.TryGetValue((id, end), out var cached)) return cached;
        double? value;
        if (_keys.TryGetValue(id, out var key))
        {
            var stat = _queries[id].Stat!;
            var minutes = Math.Max(1, stat.PeriodSeconds / 60);
            value = Statistics.Compute(stat.Stat, _series.Window(key, end - minutes, end));
        }
        else
        {
            value = _expressions[id] is BandNode ? null : _expressions[id].Evaluate(other => ValueAt(other, end));
        }
        _memo[(id, end)] = value;
        return value;
    }

    private string Resolve(TemplateValue value, IReadOnlyDictionary<string, string> loopValues) => value.Kind switch
    {
        TemplateValueKind.Literal => value.Text,
        TemplateValueKind.Parameter => _parameters.Text(value.Text) ?? "",
        _ => loopValues.TryGetValue(value.Text, out var v) ? v : throw new InvalidOperationException($"no value for {value.Text}"),
    };
}
