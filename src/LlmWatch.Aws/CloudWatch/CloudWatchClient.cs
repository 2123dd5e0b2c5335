using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Transport;

namespace LlmWatch.Aws.CloudWatch;

/// <summary>CloudWatch <c>DescribeAlarms</c> and <c>GetMetricData</c> over JSON 1.0 (stands in for AWSSDK.CloudWatch).</summary>
internal sealed class CloudWatchClient
{
    private const string TargetPrefix = "GraniteServiceVersion20100801.";
    private const int MaxPages = 100;
    private static readonly MediaTypeHeaderValue JsonType = new("application/x-amz-json-1.0");

    private readonly AwsTransport _transport;

    public CloudWatchClient(AwsTransport transport) => _transport = transport;

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
            var response = await CallAsync("DescribeAlarms", request, CloudWatchJsonContext.Default.DescribeAlarmsRequest,
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
            var response = await CallAsync("GetMetricData", request, CloudWatchJsonContext.Default.GetMetricDataRequest,
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

    private async Task<TResponse> CallAsync<TRequest, TResponse>(string operation, TRequest request,
        JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        var response = await _transport.SendAsync(() =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = JsonType;
            var message = new HttpRequestMessage(HttpMethod.Post, _transport.BaseAddress) { Content = content };
            message.Headers.Add("X-Amz-Target", TargetPrefix + operation);
            // CloudWatch is awsQueryCompatible: ask for the legacy error codes in x-amzn-query-error
            message.Headers.Add("x-amzn-query-mode", "true");
            return message;
        }, cancellationToken);

        try
        {
            return JsonSerializer.Deserialize(response, responseType)
                ?? throw new JsonException("empty response");
        }
        catch (JsonException e)
        {
            throw new AwsServiceException(_transport.Service, "MalformedResponse",
                $"{operation} response is not valid JSON: {e.Message}", 200, isRetryable: false, e);
        }
    }
}
