using System.Text.Json;
using LlmWatch.Aws.CloudWatch;
using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Tests.Fakes;
using LlmWatch.TestKit.Http;

namespace LlmWatch.Aws.Tests.CloudWatch;

public class CloudWatchClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DescribeAlarms_follows_NextToken_and_reads_composite_alarms()
    {
        await using var fake = new FakeAwsEndpoint(request =>
            LocalHttpResponse.Json(request.BodyText.Contains("\"NextToken\"")
                ? """
                  {"CompositeAlarms":[{"AlarmName":"latency-and-errors","AlarmRule":"ALARM(lat) AND ALARM(err)",
                    "StateValue":"ALARM","StateUpdatedTimestamp":1735689600.5,"ActionsSuppressedBy":"WaitPeriod"}]}
                  """
                : """{"MetricAlarms":[{"AlarmName":"lat","StateValue":"OK","Threshold":1.5}],"NextToken":"page-2"}"""));
        var client = new CloudWatchClient(fake.Transport(AwsService.CloudWatch));

        var alarms = await client.DescribeAlarmsAsync(AlarmFilter.ByNames("lat", "latency-and-errors"), Ct);

        Assert.Equal("lat", Assert.Single(alarms.MetricAlarms).AlarmName);
        var composite = Assert.Single(alarms.CompositeAlarms);
        Assert.Equal("ALARM(lat) AND ALARM(err)", composite.AlarmRule);
        Assert.Equal("ALARM", composite.StateValue);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1735689600500), composite.StateUpdatedTimestamp);
        Assert.Equal("WaitPeriod", composite.ActionsSuppressedBy);

        Assert.Equal(2, fake.Requests.Count);
        var first = fake.Requests[0];
        Assert.Equal("GraniteServiceVersion20100801.DescribeAlarms", first.Header("X-Amz-Target"));
        Assert.Equal("true", first.Header("x-amzn-query-mode"));
        Assert.Equal("application/x-amz-json-1.0", first.Header("Content-Type"));
        Assert.Contains("/us-east-1/monitoring/aws4_request", first.Header("Authorization"));
        Assert.Equal("""{"AlarmNames":["lat","latency-and-errors"],"AlarmTypes":["MetricAlarm","CompositeAlarm"]}""", first.BodyText);
        Assert.Equal("page-2", JsonDocument.Parse(fake.Requests[1].Body).RootElement.GetProperty("NextToken").GetString());
    }

    [Fact]
    public async Task GetMetricData_sends_epoch_seconds_and_merges_pages_by_query_id()
    {
        await using var fake = new FakeAwsEndpoint(request =>
            LocalHttpResponse.Json(request.BodyText.Contains("\"NextToken\"")
                ? """{"MetricDataResults":[{"Id":"p95","Label":"LatencyMs p95","Timestamps":[1735689540],"Values":[1800.5],"StatusCode":"Complete"}]}"""
                : """
                  {"MetricDataResults":[
                     {"Id":"p95","Label":"LatencyMs p95","Timestamps":[1735689600],"Values":[2100.25],"StatusCode":"PartialData"},
                     {"Id":"rate","Label":"ErrorRate","Timestamps":[1735689600],"Values":[4.5],"StatusCode":"Complete"}],
                   "NextToken":"more"}
                  """));
        var client = new CloudWatchClient(fake.Transport(AwsService.CloudWatch));
        var start = DateTimeOffset.FromUnixTimeSeconds(1735686000);
        MetricDataQuery[] queries =
        [
            MetricDataQuery.ForStat("p95", "LlmWatch", "LatencyMs", 60, "p95", new MetricDimension("ModelId", "m")),
            MetricDataQuery.ForExpression("rate", "errors / invocations * 100", "ErrorRate"),
        ];

        var results = await client.GetMetricDataAsync(queries, start, start.AddHours(1), Ct);

        Assert.Equal(["p95", "rate"], results.Select(r => r.Id));
        Assert.Equal([2100.25, 1800.5], results[0].Values);
        Assert.Equal([DateTimeOffset.FromUnixTimeSeconds(1735689600), DateTimeOffset.FromUnixTimeSeconds(1735689540)],
            results[0].Timestamps);
        Assert.Equal("Complete", results[0].StatusCode);
        Assert.Equal([4.5], results[1].Values);
        var sent = JsonDocument.Parse(fake.Requests[0].Body).RootElement;
        Assert.Equal(JsonValueKind.Number, sent.GetProperty("StartTime").ValueKind);
        Assert.Equal(1735686000, sent.GetProperty("StartTime").GetInt64());
        Assert.Equal(1735689600, sent.GetProperty("EndTime").GetInt64());
        Assert.Equal("p95", sent.GetProperty("MetricDataQueries")[0].GetProperty("MetricStat").GetProperty("Stat").GetString());
        Assert.Equal("GraniteServiceVersion20100801.GetMetricData", fake.Requests[0].Header("X-Amz-Target"));
    }

    [Fact]
    public async Task Query_compatible_error_header_names_the_code_and_throttling_is_retryable()
    {
        await using var fake = new FakeAwsEndpoint(_ =>
            LocalHttpResponse.Json("""{"__type":"com.amazonaws.cloudwatch#ThrottlingException","message":"Rate exceeded"}""", 400)
                .WithHeader("x-amzn-query-error", "Throttling;Sender"));
        var client = new CloudWatchClient(fake.Transport(AwsService.CloudWatch));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
            client.DescribeAlarmsAsync(AlarmFilter.ByPrefix("x"), Ct));

        Assert.Equal("Throttling", error.Code);
        Assert.Equal("Rate exceeded", error.ServiceMessage);
        Assert.Equal(400, error.StatusCode);
        Assert.True(error.IsRetryable);
        Assert.Equal("CloudWatch", error.Service);
    }
}
