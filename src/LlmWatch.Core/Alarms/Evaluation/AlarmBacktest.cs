using LlmWatch.Core.Alarms;
using LlmWatch.Core.Alarms.Definitions;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>Runs every alarm of an <see cref="AlarmModel"/> over series built from logs and reports state transitions.</summary>
public static class AlarmBacktest
{
    /// <summary>Minutes evaluated after the last minute with data, so alarms can settle back.</summary>
    public const int TailMinutes = 15;

    public const string BandNote = "anomaly band approximated: mean + width x stddev of the previous 24 periods (CloudWatch trains its model on up to two weeks of history)";

    /// <param name="models">Model ids for per-model alarms; null means every model in the logs.</param>
    public static BacktestResult Run(AlarmModel model, MetricSeriesSet series, BacktestParameters parameters, string stackName,
        IReadOnlyCollection<string>? models = null)
    {
        var alarms = new List<EvaluatedAlarm>();
        var skipped = new List<SkippedAlarm>();
        if (series.IsEmpty)
        {
            return new BacktestResult(alarms, skipped, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        }
        var from = series.FirstMinute + 1;
        var to = series.LastMinute + 1 + TailMinutes;
        var modelIds = models ?? series.Models;
        var states = new Dictionary<(string Key, string Model), (AlarmState, double?)[]>();

        foreach (var alarm in model.Alarms)
        {
            if (alarm.Scope == AlarmScope.PerInferenceComponent || alarm.NotBacktestable is not null)
            {
                skipped.Add(new SkippedAlarm(Name(stackName, alarm.NameSuffix, alarm.Scope, "*"),
                    alarm.NotBacktestable ?? "SageMaker inference components are not in Bedrock invocation logs"));
                continue;
            }
            foreach (var instance in alarm.Scope == AlarmScope.PerModel ? modelIds : [""])
            {
                var loop = new Dictionary<string, string>(StringComparer.Ordinal) { ["ModelId"] = instance };
                var run = new AlarmEvaluator(alarm, loop, series, parameters).Run(from, to);
                states[(alarm.Key, instance)] = run;
                alarms.Add(new EvaluatedAlarm(Name(stackName, alarm.NameSuffix, alarm.Scope, instance), alarm.Key,
                    alarm.PrimaryMetric.MetricName, Dimensions(alarm.Scope, instance), alarm.Severity, Transitions(run, from),
                    alarm.Threshold.BandQueryId is null ? null : BandNote));
            }
        }

        foreach (var composite in model.Composites)
        {
            foreach (var instance in composite.Scope == AlarmScope.PerModel ? modelIds : [""])
            {
                var children = composite.Children.Select(c => states.GetValueOrDefault((c, instance))).ToList();
                if (children.Any(c => c is null)) continue;
                var run = new (AlarmState, double?)[to - from];
                for (var i = 0; i < run.Length; i++)
                {
                    var inAlarm = children.Select(c => c![i].Item1 == AlarmState.Alarm);
                    var alarmed = composite.Operator == CompositeOperator.And ? inAlarm.All(x => x) : inAlarm.Any(x => x);
                    run[i] = (alarmed ? AlarmState.Alarm : AlarmState.Ok, null);
                }
                alarms.Add(new EvaluatedAlarm(Name(stackName, composite.NameSuffix, composite.Scope, instance), composite.Key,
                    "composite", Dimensions(composite.Scope, instance), composite.Severity, Transitions(run, from)));
            }
        }

        return new BacktestResult(alarms, skipped, Minute(from), Minute(to));
    }

    public static string Name(string stack, string suffix, AlarmScope scope, string instance) =>
        scope == AlarmScope.Global ? $"{stack}-{suffix}" : $"{stack}-{suffix}-{instance}";

    private static Dictionary<string, string> Dimensions(AlarmScope scope, string instance) =>
        scope == AlarmScope.PerModel ? new() { ["ModelId"] = instance } : [];

    private static List<StateTransition> Transitions((AlarmState State, double? Value)[] run, long from)
    {
        var transitions = new List<StateTransition>();
        var previous = AlarmState.InsufficientData;
        for (var i = 0; i < run.Length; i++)
        {
            if (run[i].State == previous) continue;
            transitions.Add(new StateTransition(Minute(from + i), run[i].State, run[i].Value));
            previous = run[i].State;
        }
        return transitions;
    }

    private static DateTimeOffset Minute(long minute) => DateTimeOffset.FromUnixTimeSeconds(minute * 60);
}
