using LlmWatch.Core.Alarms;
using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Alarms.Evaluation;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Correlation;

/// <summary>
/// The alarmed metric's datapoints computed from invocation records, as GetMetricData returns them for the alarm's
/// queries (single metric or metric math), for metrics the metrics function itself publishes.
/// </summary>
/// <param name="metricsNamespace">The namespace the metrics function writes to (template parameter MetricsNamespace).</param>
public sealed class OfflineMetricHistory(PriceBook prices, string metricsNamespace = EmfOptions.DefaultNamespace)
{
    private static readonly HashSet<string> Derived = new(StringComparer.Ordinal)
    {
        MetricNames.Invocations, MetricNames.InputTokens, MetricNames.OutputTokens, MetricNames.CacheReadInputTokens,
        MetricNames.CacheWriteInputTokens, MetricNames.CostUsd, MetricNames.UnpricedTokens, MetricNames.LatencyMs,
        MetricNames.Errors, MetricNames.ThrottlingErrors, MetricNames.ServerErrors, MetricNames.ModelErrors,
        MetricNames.AccessDeniedErrors, MetricNames.OtherErrors,
    };

    public EvidenceSection<MetricPoint> Compute(AlarmTrigger? trigger, TimeWindow window, IEnumerable<InvocationRecord> records)
    {
        if (trigger is null)
            return EvidenceSections.NotRun<MetricPoint>("composite alarm has no single metric");
        var members = Members(trigger);
        var returned = members.FirstOrDefault(m => m.ReturnData) ?? members.FirstOrDefault();
        if (returned is null)
            return EvidenceSections.NotRun<MetricPoint>("the alarm names no metric");

        var stats = new Dictionary<string, (SeriesKey Key, string Stat)>(StringComparer.Ordinal);
        var expressions = new Dictionary<string, MathNode>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            if (m.Expression is not null)
            {
                try
                {
                    expressions[m.Id] = MathParser.Parse(m.Expression);
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
            stats[m.Id] = (new SeriesKey(MetricNamespaces.LlmWatch, m.MetricName!, dims), m.Stat ?? "Average");
        }

        var builder = new MetricSeriesBuilder((InvocationRecord r, out double usd) => prices.TryGetCostUsd(r, out usd));
        foreach (var r in records)
        {
            if (r.Timestamp >= window.Start && r.Timestamp < window.End)
                builder.Add(r);
        }

        var period = Math.Max(60, trigger.Period - (trigger.Period % 60));
        var points = new List<MetricPoint>();
        try
        {
            for (var t = window.Start; t < window.End; t = t.AddSeconds(period))
            {
                var from = t.ToUnixTimeSeconds() / 60;
                var to = from + (period / 60);
                var cache = new Dictionary<string, double?>(StringComparer.Ordinal);
                if (Value(returned.Id, builder.Series, stats, expressions, from, to, cache, depth: 0) is { } v && double.IsFinite(v))
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
        if (m.MetricName is null || !Derived.Contains(m.MetricName))
            return $"{name} is not a metric the metrics function derives";
        if (m.Dimensions.FirstOrDefault(d => d.Name is not ("ModelId" or "Caller")) is { } other)
            return $"{name} has dimension {other.Name}, which the metrics function does not write";
        return null;
    }

    private static double? Value(
        string id, MetricSeriesSet series, Dictionary<string, (SeriesKey Key, string Stat)> stats, Dictionary<string, MathNode> expressions,
        long from, long to, Dictionary<string, double?> cache, int depth)
    {
        if (cache.TryGetValue(id, out var known))
            return known;
        if (depth > 16)
            throw new ArgumentException($"expression '{id}' refers to itself");
        double? value = null;
        if (stats.TryGetValue(id, out var stat))
            value = Statistics.Compute(stat.Stat, series.Window(stat.Key, from, to));
        else if (expressions.TryGetValue(id, out var node))
            value = node.Evaluate(other => Value(other, series, stats, expressions, from, to, cache, depth + 1));
        else
            throw new ArgumentException($"the alarm's expression refers to '{id}', which it does not define");
        cache[id] = value;
        return value;
    }
}
