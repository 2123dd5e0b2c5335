using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall.Notifications;

namespace LlmWatch.Core.Correlation;

/// <summary>Derives scope, windows and correlation queries from an alarm notification.</summary>
public static class CorrelationPlanner
{
    public const string QualityNamespace = "LlmWatch/Quality";

    public static CorrelationPlan Plan(AlarmNotification alarm, bool includeText = false)
    {
        var trigger = alarm.Trigger;
        var period = trigger?.Period ?? 60;
        var window = TimeWindow.BeforeStateChange(alarm.StateChangeTime, period, trigger?.EvaluationPeriods ?? 1);
        var historyLength = TimeSpan.FromSeconds(Math.Clamp(20L * period, 30 * 60, 24 * 3600));
        var history = new TimeWindow(window.End - historyLength, window.End);
        var scope = ScopeOf(trigger);
        var isQuality = scope.Namespace == QualityNamespace;

        var queries = new List<ICorrelationQuery>
        {
            new ErrorsByCodeQuery(scope, window),
            new SlowestRequestsQuery(scope, window, includeText),
            new TopCallersQuery(scope, window),
            new TopCallersQuery(scope, window.Previous(), IsPrevious: true),
        };
        if (isQuality)
        {
            var below = trigger!.ComparisonOperator.StartsWith("LessThan", StringComparison.Ordinal) ? trigger.Threshold : null;
            queries.Add(new LowJudgeScoresQuery(scope with { Caller = null }, window, below));
        }
        return new CorrelationPlan(scope, window, history, queries, isQuality);
    }

    /// <summary>Model and caller from the alarm's dimensions (the returned metric's, or all metrics' of a math alarm when they agree).</summary>
    public static CorrelationScope ScopeOf(AlarmTrigger? trigger)
    {
        if (trigger is null)
            return CorrelationScope.All;
        var metricName = trigger.MetricName;
        var ns = trigger.Namespace;
        var dims = new List<AlarmDimension>(trigger.Dimensions);
        foreach (var m in trigger.Metrics)
        {
            dims.AddRange(m.Dimensions);
            ns ??= m.Namespace;
            if (m.ReturnData && m.Expression is null)
                metricName ??= m.MetricName;
        }
        if (metricName is null)
        {
            var returned = trigger.Metrics.FirstOrDefault(m => m.ReturnData && m.Id != trigger.ThresholdMetricId);
            metricName = returned?.Label ?? returned?.Id ?? trigger.Metrics.FirstOrDefault(m => m.MetricName is not null)?.MetricName;
        }
        return new CorrelationScope(Single(dims, "ModelId"), Single(dims, "Caller"), metricName, ns);
    }

    private static string? Single(List<AlarmDimension> dims, string name)
    {
        string? found = null;
        foreach (var d in dims)
        {
            if (!string.Equals(d.Name, name, StringComparison.Ordinal))
                continue;
            if (found is not null && !string.Equals(found, d.Value, StringComparison.Ordinal))
                return null; // metrics disagree: do not narrow the evidence to one of them
            found = d.Value;
        }
        return found;
    }
}
