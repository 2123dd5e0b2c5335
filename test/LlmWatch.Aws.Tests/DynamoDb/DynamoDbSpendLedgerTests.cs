using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LlmWatch.Aws.DynamoDb;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.TestKit.Aws;

namespace LlmWatch.Aws.Tests.DynamoDb;

/// <summary>The spend ledger against moto_server (SigV4 checked), through the client the judge builds.</summary>
public class DynamoDbSpendLedgerTests(MotoServer moto)
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(DynamoDbSpendLedger Ledger, IAmazonDynamoDB Dynamo, string Table)> NewLedgerAsync()
    {
        using var aws = new MotoAws(moto);
        var dynamo = aws.Sdk.CreateDynamoDb(DynamoDbSpendLedger.ClientSettings);
        var table = await MotoSpendTable.CreateAsync(dynamo, Ct);
        return (new DynamoDbSpendLedger(dynamo, table), dynamo, table);
    }

    private static async Task<Dictionary<string, AttributeValue>> RowAsync(IAmazonDynamoDB dynamo, string table, DateOnly day) =>
        (await dynamo.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = new() { ["Id"] = new AttributeValue { S = DynamoDbSpendLedger.KeyOf(day) } },
            ConsistentRead = true,
        }, Ct)).Item;

    [Fact]
    public async Task Adds_sum_exactly_in_integer_micro_dollars()
    {
        var (ledger, dynamo, table) = await NewLedgerAsync();

        Assert.Equal(0.1, await ledger.AddAsync(Day, 0.1, Ct));
        Assert.Equal(0.3, await ledger.AddAsync(Day, 0.2, Ct)); // 0.1 + 0.2 != 0.3 in doubles, but is in micro-dollars
        Assert.Equal(0.3045, await ledger.AddAsync(Day, 0.0045, Ct));

        Assert.Equal(0.3045, await ledger.GetAsync(Day, Ct));
        Assert.Equal("304500", (await RowAsync(dynamo, table, Day))["SpendMicroUsd"].N);
    }

    [Fact]
    public async Task Concurrent_adds_from_parallel_tasks_lose_no_increment()
    {
        var (ledger, _, _) = await NewLedgerAsync();
        await ledger.AddAsync(Day, 0.001, Ct); // the row exists before the race, as it does after a day's first sample

        var totals = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => ledger.AddAsync(Day, 0.0045, Ct), Ct)));

        Assert.Equal(0.226, await ledger.GetAsync(Day, Ct));
        // each add saw its own post-increment total: 50 distinct steps of 4500 micro-dollars
        Assert.Equal(Enumerable.Range(1, 50).Select(k => 1000 + (4500L * k)), totals.Select(DynamoDbSpendLedger.ToMicros).Order());
    }

    [Fact]
    public async Task Each_UTC_day_is_its_own_row_with_a_TTL_two_days_after_the_day_ends()
    {
        var (ledger, dynamo, table) = await NewLedgerAsync();

        await ledger.AddAsync(Day, 1.5, Ct);
        await ledger.AddAsync(Day.AddDays(1), 0.25, Ct);

        Assert.Equal((1.5, 0.25), (await ledger.GetAsync(Day, Ct), await ledger.GetAsync(Day.AddDays(1), Ct)));
        var row = await RowAsync(dynamo, table, Day);
        Assert.Equal("judge-spend#2026-11-23", row["Id"].S);
        var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(row["ExpiresAt"].N, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), expires);
        Assert.Equal("judge-spend#2026-11-24", (await RowAsync(dynamo, table, Day.AddDays(1)))["Id"].S);
    }

    [Fact]
    public async Task A_day_without_a_row_reads_zero()
    {
        var (ledger, dynamo, table) = await NewLedgerAsync();

        Assert.Equal(0, await ledger.GetAsync(Day, Ct));
        Assert.Empty(await RowAsync(dynamo, table, Day) ?? []);
    }

    [Theory]
    [InlineData(0.0000004, 0)]
    [InlineData(0.0000006, 1)]
    [InlineData(0.0045, 4500)]
    [InlineData(12.3456789, 12345679)]
    public void Amounts_round_to_the_nearest_micro_dollar(double usd, long micros) =>
        Assert.Equal(micros, DynamoDbSpendLedger.ToMicros(usd));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Negative_or_non_finite_amounts_are_refused(double usd) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DynamoDbSpendLedger.ToMicros(usd));
}
