using System.Globalization;
using LlmWatch.Aws.Logs;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.TestKit.Aws;

namespace LlmWatch.Aws.Tests.Logs;

public class LogsInsightsClientMotoTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartQuery_and_GetQueryResults_round_trip_against_moto()
    {
        // moto ignores the query text and returns the raw events of the range; the query language itself is
        // exercised against fakes and in the Core correlation specs
        using var aws = new MotoAws(moto);
        var group = "/aws/bedrock/" + MotoAws.UniqueName("invocations");
        var now = TimeProvider.System.GetUtcNow();
        await aws.JsonAsync(AwsService.Logs, "Logs_20140328.CreateLogGroup", "1.1", $$"""{"logGroupName":"{{group}}"}""");
        await aws.JsonAsync(AwsService.Logs, "Logs_20140328.CreateLogStream", "1.1",
            $$"""{"logGroupName":"{{group}}","logStreamName":"s1"}""");
        var at = now.AddMinutes(-1).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        await aws.JsonAsync(AwsService.Logs, "Logs_20140328.PutLogEvents", "1.1", $$"""
            {"logGroupName":"{{group}}","logStreamName":"s1","logEvents":[{"timestamp":{{at}},"message":"ERROR throttled req-1"}]}
            """);
        var client = new LogsInsightsClient(aws.Transport(AwsService.Logs), TimeProvider.System);
        var query = new LogsQuery([group], now.AddMinutes(-10), now.AddMinutes(1),
            "fields @timestamp, @message | filter @message like /ERROR/", Limit: 50);

        var queryId = await client.StartQueryAsync(query, Ct);
        var results = await client.GetQueryResultsAsync(queryId, Ct);

        Assert.False(string.IsNullOrEmpty(queryId));
        Assert.Equal(LogsQueryStatus.Complete, results.Status);
        var row = Assert.Single(results.Rows);
        Assert.Equal("ERROR throttled req-1", row.Get("@message"));
    }

    [Fact]
    public async Task RunQuery_completes_against_moto_well_within_the_deadline()
    {
        using var aws = new MotoAws(moto);
        var group = "/aws/bedrock/" + MotoAws.UniqueName("empty");
        await aws.JsonAsync(AwsService.Logs, "Logs_20140328.CreateLogGroup", "1.1", $$"""{"logGroupName":"{{group}}"}""");
        var client = new LogsInsightsClient(aws.Transport(AwsService.Logs), TimeProvider.System);
        var now = TimeProvider.System.GetUtcNow();

        var outcome = await client.RunQueryAsync(new LogsQuery([group], now.AddHours(-1), now, "stats count(*)"),
            TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30), Ct);

        Assert.True(outcome.IsComplete);
        Assert.Empty(outcome.Rows);
        Assert.NotNull(outcome.QueryId);
    }
}
