using LlmWatch.Core.Alarms;
using LlmWatch.Core.Alarms.Definitions;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>
/// Evaluates one metric alarm instance every minute over per-minute series, with CloudWatch semantics: each period is
/// a sliding window ending at the evaluation minute, statistics per period (percentiles by nearest rank), metric math,
/// M out of N datapoints and TreatMissingData; queries are evaluated by <see cref="MetricMathEvaluator"/>.
/// </summary>
public sealed class AlarmEvaluator
{
    private readonly AlarmDefinition _alarm;
    private readonly BacktestParameters _parameters;
    private readonly MetricMathEvaluator _values;
    private readonly int _periodMinutes;

    public AlarmEvaluator(AlarmDefinition alarm, IReadOnlyDictionary<string, string> loopValues, MetricSeriesSet series, BacktestParameters parameters)
    {
        _alarm = alarm;
        _parameters = parameters;
        _values = new MetricMathEvaluator(series, alarm.Queries.Select(q => q.Stat is { } stat
            ? MetricMathQuery.Metric(q.Id, new SeriesKey(stat.Namespace, stat.MetricName,
                SeriesKey.DimensionsOf(stat.Dimensions.Select(d => KeyValuePair.Create(d.Name, Resolve(d.Value, loopValues))))),
                stat.Stat, stat.PeriodSeconds / 60)
            : MetricMathQuery.Math(q.Id, MathParser.Parse(parameters.Substitute(q.Expression!)))));
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
                var value = _values.ValueAt(returnId, end);
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
        { BandQueryId: { } band } => _values.BandUpper(band, end, _periodMinutes),
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

    private string Resolve(TemplateValue value, IReadOnlyDictionary<string, string> loopValues) => value.Kind switch
    {
        TemplateValueKind.Literal => value.Text,
        TemplateValueKind.Parameter => _parameters.Text(value.Text) ?? "",
        _ => loopValues.TryGetValue(value.Text, out var v) ? v : throw new InvalidOperationException($"no value for {value.Text}"),
    };
}
