using LlmWatch.Core.Alarms;
using LlmWatch.Core.Alarms.Evaluation;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Metrics.Schema;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Correlation;

/// <summary>
/// The alarmed metric's datapoints computed from invocation records, as GetMetricData returns them for the alarm's
/// queries (single metric or metric math), for the metrics the metrics function derives from each record
/// (<see cref="MetricSchema.Invocation"/>). Evaluated by the backtest's <see cref="MetricMathEvaluator"/>.
/// </summary>
/// <param name="metricsNamespace">The namespace the metrics function writes to (template parameter MetricsNamespace).</param>
public sealed class OfflineMetricHistory(PriceBook prices, string metricsNamespace = EmfOptions.DefaultNamespace)
{
    private static readonly MetricGroup Derived = MetricSchema.Invocation;

    public EvidenceSection<MetricPoint> Compute(AlarmTrigger? trigger, TimeWindow window, IEnumerable<InvocationRecord> records)
    {
        if (trigger is null)
            return EvidenceSections.NotRun<MetricPoint>("composite alarm has no single metric");
        var members = Members(trigger);
        var returned = members.FirstOrDefault(m => m.ReturnData) ?? members.FirstOrDefault();
        if (returned is null)
            return EvidenceSections.NotRun<MetricPoint>("the alarm names no metric");

        var period = Math.Max(60, trigger.Period - (trigger.Period % 60));
        var queries = new List<MetricMathQuery>(members.Count);
        foreach (var m in members)
        {
            if (m.Expression is not null)
            {
                try
                {
                    queries.Add(MetricMathQuery.Math(m.Id, MathParser.Parse(m.Expression)));
                }
                catch (FormatException)
                {
                    return EvidenceSections.NotRun<MetricPoint>($"expression '{m.Expression}' is not evaluated offline");
                }
                continue;
            }
            if (Unsupported(m) is { } reason)
                return EvidenceSections.NotRun<MetricPoint>(reason);
            var dims = SeriesKey.DimensionsOf(m.Dimensions.Select(d => KeyValuePair.Create(d.Name, d.Value)));
            queries.Add(MetricMathQuery.Metric(m.Id, new SeriesKey(Derived.Namespace, m.MetricName!, dims), m.Stat ?? "Average", period / 60));
        }

        var builder = new MetricSeriesBuilder((InvocationRecord r, out double usd) => prices.TryGetCostUsd(r, out usd));
        foreach (var r in records)
        {
            if (r.Timestamp >= window.Start && r.Timestamp < window.End)
                builder.Add(r);
        }

        var values = new MetricMathEvaluator(builder.Series, queries);
        var points = new List<MetricPoint>();
        try
        {
            for (var t = window.Start; t < window.End; t = t.AddSeconds(period))
            {
                var end = (t.ToUnixTimeSeconds() / 60) + (period / 60);
                if (values.ValueAt(returned.Id, end) is { } v && double.IsFinite(v))
                    points.Add(new MetricPoint(t, v));
            }
        }
        catch (ArgumentException e)
        {
            return EvidenceSections.NotRun<MetricPoint>(e.Message);
        }
        return EvidenceSections.Complete<MetricPoint>(points);
    }

    /// <summary>The alarm's queries without the anomaly band (the band is the threshold, not the value).</summary>
    private static List<AlarmMetricQuery> Members(AlarmTrigger trigger)
    {
        if (trigger.Metrics.Count > 0)
            return trigger.Metrics.Where(m => m.Id != trigger.ThresholdMetricId && m.Id.Length > 0).ToList();
        if (trigger.MetricName is null)
            return [];
        return
        [
            new AlarmMetricQuery
            {
                Id = "m1", Namespace = trigger.Namespace, MetricName = trigger.MetricName, Stat = trigger.Statistic,
                Period = trigger.Period, Dimensions = trigger.Dimensions, ReturnData = true,
            },
        ];
    }

    private string? Unsupported(AlarmMetricQuery m)
    {
        var name = $"{m.Namespace}/{m.MetricName}";
        if (!string.Equals(m.Namespace, metricsNamespace, StringComparison.Ordinal))
            return $"{name} is not computed from local logs (only {metricsNamespace} metrics are)";
        if (m.MetricName is null || !Derived.Metrics.Any(d => d.Name == m.MetricName))
            return $"{name} is not a metric the metrics function derives";
        if (m.Dimensions.FirstOrDefault(d => !Derived.DimensionSets.Any(set => set.Names.Contains(d.Name))) is { } other)
            return $"{name} has dimension {other.Name}, which the metrics function does not write";
        if (!Derived.Declares(m.Dimensions.Select(d => d.Name)))
            return $"{name} is not published with dimensions [{string.Join(", ", m.Dimensions.Select(d => d.Name))}]";
        return null;
    }
}
