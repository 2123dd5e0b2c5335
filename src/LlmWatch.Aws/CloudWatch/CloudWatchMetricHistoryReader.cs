using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Ports;

namespace LlmWatch.Aws.CloudWatch;

/// <summary>The alarmed metric's datapoints via GetMetricData: the single metric, or the math expression the alarm returns.</summary>
internal sealed class CloudWatchMetricHistoryReader(CloudWatchClient cloudWatch) : IMetricHistoryReader
{
    public async Task<IReadOnlyList<MetricPoint>> ReadAsync(AlarmTrigger trigger, TimeWindow window, CancellationToken cancellationToken)
    {
        var (queries, returnedId) = Queries(trigger);
        if (queries.Count == 0)
            return [];
        var results = await cloudWatch.GetMetricDataAsync(queries, window.Start, window.End, cancellationToken);
        var result = results.FirstOrDefault(r => r.Id == returnedId);
        if (result is null)
            return [];
        return result.Timestamps.Zip(result.Values, (t, v) => new MetricPoint(t, v)).OrderBy(p => p.Timestamp).ToList();
    }

    /// <summary>GetMetricData queries equivalent to the alarm's trigger, and the id whose values the alarm compares.</summary>
    internal static (IReadOnlyList<MetricDataQuery> Queries, string ReturnedId) Queries(AlarmTrigger trigger)
    {
        if (trigger.Metrics.Count == 0)
        {
            if (trigger.MetricName is null || trigger.Namespace is null || trigger.Statistic is null)
                return ([], "");
            var dims = trigger.Dimensions.Select(d => new MetricDimension(d.Name, d.Value)).ToArray();
            return ([MetricDataQuery.ForStat("m1", trigger.Namespace, trigger.MetricName, trigger.Period, trigger.Statistic, dims)], "m1");
        }
        // The band expression is the threshold, not the value: leave it out.
        var members = trigger.Metrics.Where(m => m.Id != trigger.ThresholdMetricId && m.Id.Length > 0).ToList();
        var returned = members.FirstOrDefault(m => m.ReturnData)?.Id ?? members.FirstOrDefault()?.Id ?? "";
        var queries = members.Select(m => m.Expression is not null
            ? new MetricDataQuery { Id = m.Id, Expression = m.Expression, Label = m.Label, ReturnData = m.Id == returned }
            : new MetricDataQuery
            {
                Id = m.Id,
                MetricStat = new MetricStat
                {
                    Metric = new CloudWatchMetric
                    {
                        Namespace = m.Namespace ?? "",
                        MetricName = m.MetricName ?? "",
                        Dimensions = m.Dimensions.Select(d => new MetricDimension(d.Name, d.Value)).ToArray(),
                    },
                    Period = m.Period ?? trigger.Period,
                    Stat = m.Stat ?? "Average",
                },
                ReturnData = m.Id == returned,
            }).ToList();
        return (queries, returned);
    }
}
