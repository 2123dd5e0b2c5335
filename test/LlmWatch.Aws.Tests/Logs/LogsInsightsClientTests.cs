using System.Text.Json;
using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Logs;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Tests.Fakes;
using LlmWatch.TestKit.Http;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Aws.Tests.Logs;

public class LogsInsightsClientTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1735689600);
    private static readonly LogsQuery Query = new(["/aws/bedrock/invocations", "/aws/lambda/app"], Start, Start.AddMinutes(15),
        "fields @timestamp, @message | filter @message like /ERROR/ | limit 20", Limit: 20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunQuery_polls_through_Running_until_Complete()
    {
        var polls = 0;
        await using var fake = new FakeAwsEndpoint(request => Target(request) switch
        {
            "StartQuery" => LocalHttpResponse.Json("""{"queryId":"q-1"}"""),
            "GetQueryResults" => LocalHttpResponse.Json(Interlocked.Increment(ref polls) < 3
                ? """{"status":"Running","results":[]}"""
                : """
                  {"status":"Complete","results":[[{"field":"@timestamp","value":"2025-01-01 00:05:00.000"},
                   {"field":"@message","value":"ERROR boom"},{"field":"@ptr","value":"p"}]],
                   "statistics":{"recordsMatched":1.0,"recordsScanned":42.0,"bytesScanned":4200.0}}
                  """),
            _ => LocalHttpResponse.Text("unexpected", 500),
        });
        var client = new LogsInsightsClient(fake.Transport(AwsService.Logs), new FakeTimeProvider(Start));

        var outcome = await client.RunQueryAsync(Query, TimeSpan.Zero, TimeSpan.FromMinutes(1), Ct);

        Assert.True(outcome.IsComplete);
        Assert.Equal("q-1", outcome.QueryId);
        Assert.Equal("ERROR boom", Assert.Single(outcome.Rows).Get("@message"));
        Assert.Equal(42, outcome.Statistics!.RecordsScanned);
        Assert.Equal(["StartQuery", "GetQueryResults", "GetQueryResults", "GetQueryResults"], fake.Requests.Select(Target));
        var start = fake.Requests[0];
        Assert.Equal("application/x-amz-json-1.1", start.Header("Content-Type"));
        Assert.Contains("/us-east-1/logs/aws4_request", start.Header("Authorization"));
        var body = JsonDocument.Parse(start.Body).RootElement;
        Assert.Equal(1735689600, body.GetProperty("startTime").GetInt64());
        Assert.Equal(1735690500, body.GetProperty("endTime").GetInt64());
        Assert.Equal(20, body.GetProperty("limit").GetInt32());
        Assert.Equal(Query.QueryString, body.GetProperty("queryString").GetString());
        Assert.Equal(Query.LogGroupNames, body.GetProperty("logGroupNames").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("""{"queryId":"q-1"}""", fake.Requests[1].BodyText);
    }

    [Fact]
    public async Task RunQuery_gives_up_at_the_deadline_when_results_hang_and_stops_the_query()
    {
        var polled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var fake = new FakeAwsEndpoint(async (request, serverStopping) =>
        {
            switch (Target(request))
            {
                case "StartQuery":
                    return LocalHttpResponse.Json("""{"queryId":"q-hang"}""");
                case "GetQueryResults":
                    polled.TrySetResult();
                    await Task.Delay(Timeout.InfiniteTimeSpan, serverStopping);
                    throw new InvalidOperationException("unreachable");
                default:
                    stopped.TrySetResult(request.BodyText);
                    return LocalHttpResponse.Json("""{"success":true}""");
            }
        });
        var time = new FakeTimeProvider(Start);
        var client = new LogsInsightsClient(fake.Transport(AwsService.Logs), time);

        var run = client.RunQueryAsync(Query, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), Ct);
        await polled.Task.WaitAsync(Bound, Ct);
        Assert.False(run.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(3));
        var outcome = await run.WaitAsync(Bound, Ct);

        Assert.True(outcome.DeadlineExceeded);
        Assert.False(outcome.IsComplete);
        Assert.Equal("q-hang", outcome.QueryId);
        Assert.Equal(LogsQueryStatus.Unknown, outcome.Status);
        Assert.Empty(outcome.Rows);
        Assert.Equal("""{"queryId":"q-hang"}""", await stopped.Task.WaitAsync(Bound, Ct));
    }

    [Fact]
    public async Task RunQuery_returns_the_partial_rows_seen_when_the_deadline_passes_while_running()
    {
        var thirdPoll = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var polls = 0;
        await using var fake = new FakeAwsEndpoint(request =>
        {
            if (Target(request) == "StartQuery")
            {
                return LocalHttpResponse.Json("""{"queryId":"q-slow"}""");
            }

            if (Target(request) == "GetQueryResults" && Interlocked.Increment(ref polls) == 3)
            {
                thirdPoll.TrySetResult();
            }

            return LocalHttpResponse.Json("""{"status":"Running","results":[[{"field":"@message","value":"partial"}]]}""");
        });
        var time = new FakeTimeProvider(Start);
        var client = new LogsInsightsClient(fake.Transport(AwsService.Logs), time);

        // zero poll interval: the only timer is the deadline, so advancing the fake clock is deterministic
        var run = client.RunQueryAsync(Query, TimeSpan.Zero, TimeSpan.FromSeconds(5), Ct);
        await thirdPoll.Task.WaitAsync(Bound, Ct);
        time.Advance(TimeSpan.FromSeconds(5));
        var outcome = await run.WaitAsync(Bound, Ct);

        Assert.True(outcome.DeadlineExceeded);
        Assert.Equal(LogsQueryStatus.Running, outcome.Status);
        Assert.Equal("partial", outcome.Rows[0].Get("@message"));
    }

    [Fact]
    public async Task RunQuery_returns_when_the_callers_token_fires()
    {
        var polled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var fake = new FakeAwsEndpoint(async (request, serverStopping) =>
        {
            if (Target(request) == "GetQueryResults")
            {
                polled.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, serverStopping);
            }

            return LocalHttpResponse.Json("""{"queryId":"q-2","success":true}""");
        });
        var client = new LogsInsightsClient(fake.Transport(AwsService.Logs), new FakeTimeProvider(Start));
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var run = client.RunQueryAsync(Query, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), caller.Token);
        await polled.Task.WaitAsync(Bound, Ct);
        await caller.CancelAsync();
        var outcome = await run.WaitAsync(Bound, Ct);

        Assert.True(outcome.DeadlineExceeded);
        Assert.Equal("q-2", outcome.QueryId);
    }

    [Fact]
    public async Task Malformed_query_is_thrown_as_a_non_retryable_service_error()
    {
        await using var fake = new FakeAwsEndpoint(_ => LocalHttpResponse.Json(
            """{"__type":"MalformedQueryException","message":"unexpected symbol at 1:7"}""", 400));
        var client = new LogsInsightsClient(fake.Transport(AwsService.Logs), TimeProvider.System);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
            client.RunQueryAsync(Query, TimeSpan.Zero, TimeSpan.FromMinutes(1), Ct));

        Assert.Equal("MalformedQueryException", error.Code);
        Assert.Equal("unexpected symbol at 1:7", error.ServiceMessage);
        Assert.False(error.IsRetryable);
    }

    private static string? Target(LocalHttpRequest request) =>
        request.Header("X-Amz-Target")?.Replace("Logs_20140328.", "", StringComparison.Ordinal);
}
