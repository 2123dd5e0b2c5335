using Amazon.Runtime;
using LlmWatch.Aws.Configuration;
using LlmWatch.Aws.DynamoDb;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.Core.Judge;
using LlmWatch.TestKit.Aws;
using LlmWatch.TestKit.Http;
using LlmWatch.TestKit.OnCall;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Aws.Tests.DynamoDb;

/// <summary>Judge budgets of several containers over one DynamoDB ledger, and what happens when the table cannot be reached.</summary>
public class SharedJudgeBudgetTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(15);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 23, 50, 0, TimeSpan.Zero));
    private readonly ListEventLog _log = new();

    private IEnumerable<string> Warnings => _log.Events.Select(e => string.Join(" | ", e.Fields.Values));

    /// <summary>One container: its own client, ledger and budget, like a separate Lambda execution environment.</summary>
    private JudgeBudget Container(AwsSettings settings, AWSCredentials credentials, string table, double dailyUsd, int shares = 2)
    {
        var dynamo = new AwsSdkClientFactory(settings, credentials).CreateDynamoDb(DynamoDbSpendLedger.ClientSettings);
        var ledger = new FallbackSpendLedger(new DynamoDbSpendLedger(dynamo, table), shares, _time, _log);
        return new JudgeBudget(dailyUsd, ledger, _time, Refresh);
    }

    [Fact]
    public async Task Two_containers_stop_at_the_shared_cap_and_start_again_from_zero_the_next_UTC_day()
    {
        using var aws = new MotoAws(moto);
        var table = await MotoSpendTable.CreateAsync(aws.Sdk.CreateDynamoDb(), Ct);
        var first = Container(aws.Settings, aws.Credentials, table, dailyUsd: 0.01);
        var second = Container(aws.Settings, aws.Credentials, table, dailyUsd: 0.01);

        Assert.False(await first.IsExhaustedAsync(Ct));
        await first.RecordAsync(0.006, Ct); // more than a per-container half (0.005) would allow
        Assert.False(await first.IsExhaustedAsync(Ct));

        Assert.False(await second.IsExhaustedAsync(Ct)); // reads 0.006 of 0.01
        await second.RecordAsync(0.0045, Ct);          // the add returns the shared 0.0105
        Assert.True(await second.IsExhaustedAsync(Ct));

        Assert.False(await first.IsExhaustedAsync(Ct)); // its view is from 23:50:00
        _time.Advance(Refresh);
        Assert.True(await first.IsExhaustedAsync(Ct));

        _time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 0, 0, 1, TimeSpan.Zero));
        Assert.False(await first.IsExhaustedAsync(Ct));
        Assert.False(await second.IsExhaustedAsync(Ct));
        var ledger = new DynamoDbSpendLedger(aws.Sdk.CreateDynamoDb(), table);
        Assert.Equal((0.0105, 0.0), (await ledger.GetAsync(new DateOnly(2026, 11, 23), Ct), await ledger.GetAsync(new DateOnly(2026, 11, 24), Ct)));
        Assert.Empty(Warnings);
    }

    [Fact]
    public async Task With_the_table_unreachable_a_container_keeps_to_its_share_without_failing()
    {
        var closed = new Uri($"http://127.0.0.1:{FreeTcpPort.Next()}/"); // nothing listens there
        var budget = Container(new AwsSettings(moto.Region, closed), new BasicAWSCredentials("AKID", "secret"), "judge-spend", dailyUsd: 10, shares: 4);

        Assert.False(await budget.IsExhaustedAsync(Ct));
        await budget.RecordAsync(2.4, Ct);
        Assert.False(await budget.IsExhaustedAsync(Ct));
        await budget.RecordAsync(0.2, Ct); // 2.6 > 10 / 4
        Assert.True(await budget.IsExhaustedAsync(Ct));

        var warning = Assert.Single(Warnings);
        Assert.Contains("1/4 of the daily budget", warning, StringComparison.Ordinal);
        Assert.Contains("HttpRequestException", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_refuses_access_is_an_outage_too()
    {
        await using var denied = new LocalHttpServer(_ => LocalHttpResponse.Json(
            """{"__type":"com.amazon.coral.service#AccessDeniedException","Message":"not authorized to perform: dynamodb:UpdateItem"}""", 400));
        var budget = Container(new AwsSettings(moto.Region, denied.Endpoint), new BasicAWSCredentials("AKID", "secret"), "judge-spend", dailyUsd: 1, shares: 2);

        await budget.RecordAsync(0.4, Ct);
        Assert.False(await budget.IsExhaustedAsync(Ct));
        await budget.RecordAsync(0.1, Ct);
        Assert.True(await budget.IsExhaustedAsync(Ct));

        Assert.Contains("not authorized to perform: dynamodb:UpdateItem", Assert.Single(Warnings), StringComparison.Ordinal);
        Assert.Single(denied.Requests); // the store is not asked again before the retry delay
    }

    [Fact]
    public async Task A_store_that_hangs_is_given_up_on_after_the_call_timeout_on_the_injected_clock()
    {
        await using var hanging = new LocalHttpServer(async (_, stop) =>
        {
            await Task.Delay(Timeout.Infinite, stop);
            return LocalHttpResponse.Json("{}");
        });
        var budget = Container(new AwsSettings(moto.Region, hanging.Endpoint), new BasicAWSCredentials("AKID", "secret"), "judge-spend", dailyUsd: 1);

        var record = budget.RecordAsync(0.1, Ct);
        Assert.False(record.IsCompleted); // waiting for the store
        _time.Advance(FallbackSpendLedger.CallTimeout);
        await record;

        Assert.Contains("1/2 of the daily budget", Assert.Single(Warnings), StringComparison.Ordinal);
    }
}
