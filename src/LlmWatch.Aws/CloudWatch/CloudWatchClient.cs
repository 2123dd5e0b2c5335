using LlmWatch.Aws.Transport;

namespace LlmWatch.Aws.CloudWatch;

/// <summary>CloudWatch <c>DescribeAlarms</c> and <c>GetMetricData</c> over JSON 1.0 (stands in for AWSSDK.CloudWatch).</summary>
internal sealed class CloudWatchClient
{
    private const int MaxPages = 100;

    private readonly AwsJsonRpc _rpc;

    public CloudWatchClient(AwsTransport transport) =>
        _rpc = new AwsJsonRpc(transport, "GraniteServiceVersion20100801", "1.0", queryCompatible: true);

    /// <summary>Alarms matching <paramref name="filter"/>, following NextToken to the end.</summary>
    public async Task<AlarmSet> DescribeAlarmsAsync(AlarmFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        List<string> types = [];
        if (filter.IncludeMetric)
        {
            types.Add("MetricAlarm");
        }

        if (filter.IncludeComposite)
        {
            types.Add("CompositeAlarm");
        }

        var request = new DescribeAlarmsRequest
        {
            AlarmNames = filter.AlarmNames is { Count: > 0 } names ? names : null,
            AlarmNamePrefix = filter.AlarmNamePrefix,
            AlarmTypes = types,
            StateValue = filter.StateValue,
        };
        List<MetricAlarm> metric = [];
        List<CompositeAlarm> composite = [];
        for (var page = 0; page < MaxPages; page++)
        {
            var response = await _rpc.CallAsync("DescribeAlarms", request, CloudWatchJsonContext.Default.DescribeAlarmsRequest,
                CloudWatchJsonContext.Default.DescribeAlarmsResponse, cancellationToken);
            metric.AddRange(response.MetricAlarms ?? []);
            composite.AddRange(response.CompositeAlarms ?? []);
            if (string.IsNullOrEmpty(response.NextToken))
            {
                break;
            }

            request = request with { NextToken = response.NextToken };
        }

        return new AlarmSet(metric, composite);
    }

    /// <summary>
    /// Values for <paramref name="queries"/> between <paramref name="start"/> and <paramref name="end"/>, one result
    /// per query id with the pages (NextToken) merged in order.
    /// </summary>
    public async Task<IReadOnlyList<MetricDataResult>> GetMetricDataAsync(IReadOnlyList<MetricDataQuery> queries,
        DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var request = new GetMetricDataRequest { MetricDataQueries = queries, StartTime = start, EndTime = end };
        var merged = new MetricDataResultMerger();
        for (var page = 0; page < MaxPages; page++)
        {
            var response = await _rpc.CallAsync("GetMetricData", request, CloudWatchJsonContext.Default.GetMetricDataRequest,
                CloudWatchJsonContext.Default.GetMetricDataResponse, cancellationToken);
            merged.Add(response.MetricDataResults ?? []);
            if (string.IsNullOrEmpty(response.NextToken))
            {
                break;
            }

            request = request with { NextToken = response.NextToken };
        }

        return merged.Results;
    }
}
