using System.Text.Json;
using Amazon.Runtime;
using LlmWatch.Aws.Configuration;
using LlmWatch.Aws.DynamoDb;
using LlmWatch.Functions.Composition;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Tests.Fakes;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Aws;
using LlmWatch.TestKit.Judge;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Functions.Tests.Composition;

/// <summary>Which spend ledger the judge composition picks, and that the shared one is really used (moto_server).</summary>
public class JudgeCompositionTests(MotoServer moto) : IClassFixture<MotoServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly Today = new(2026, 5, 4);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 9, 16, 0, TimeSpan.Zero));
    private readonly RecordingLineSink _stdout = new();
    private readonly ScriptedJudgeModel _model = new(ScriptedJudgeModel.Verdict(90, 100, 80)); // $0.0045 per call at Sonnet 4 prices

    private BasicAWSCredentials Credentials => new(moto.AccessKeyId, moto.SecretAccessKey);

    private FunctionServices Services(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string>
        {
            ["JUDGE_MODEL_ID"] = "us.anthropic.claude-sonnet-4-20250514-v1:0",
            ["JUDGE_DAILY_BUDGET_USD"] = "0.01",
            ["JUDGE_BUDGET_SHARES"] = "2",
            ["AWS_REGION"] = moto.Region,
            ["AWS_ENDPOINT_URL"] = moto.Endpoint.ToString(),
        };
        foreach (var (key, value) in settings)
            values[key] = value;
        return new FunctionServices(new SettingsSource(values), _time, _stdout, new FunctionLog(_stdout, _time), () => Credentials);
    }

    private async Task<(string Table, DynamoDbSpendLedger Ledger)> NewTableAsync()
    {
        var dynamo = new AwsSdkClientFactory(new AwsSettings(moto.Region, moto.Endpoint), Credentials).CreateDynamoDb();
        var table = await MotoSpendTable.CreateAsync(dynamo, Ct);
        return (table, new DynamoDbSpendLedger(dynamo, table));
    }

    private async Task JudgeBatchAsync(FunctionServices services)
    {
        var handler = await JudgeComposition.CreateAsync(services, (_, _) => _model, Ct);
        await handler.HandleAsync(RepoFiles.ReadEvent("judge-sqs-event.json"),
            new InvocationContext("lambda-req", _time.GetUtcNow().AddMinutes(5), "arn:aws:lambda:us-east-1:1:function:judge", ""), Ct);
    }

    private int Emf(string metric) => _stdout.Lines.Where(l => l.Contains("\"_aws\"", StringComparison.Ordinal))
        .Select(l => JsonDocument.Parse(l).RootElement).Sum(e => e.TryGetProperty(metric, out var v) ? v.GetInt32() : 0);

    [Fact]
    public void Without_a_spend_table_each_container_keeps_to_its_share_of_the_budget()
    {
        var services = Services();
        Assert.Equal(0.005, JudgeComposition.Budget(JudgeSettings.From(services.Settings), services).DailyUsd);
    }

    [Fact]
    public async Task With_a_spend_table_the_judge_adds_every_call_to_the_shared_DynamoDB_total_under_the_full_budget()
    {
        var (table, ledger) = await NewTableAsync();
        var services = Services(("JUDGE_SPEND_TABLE", table));
        Assert.Equal(0.01, JudgeComposition.Budget(JudgeSettings.From(services.Settings), services).DailyUsd);

        await JudgeBatchAsync(services);

        Assert.Equal(2, Emf("JudgedResponses"));
        Assert.Equal(0.009, await ledger.GetAsync(Today, Ct));
        Assert.DoesNotContain(_stdout.Lines, l => l.Contains("judge-spend-ledger", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_spend_table_spend_of_other_containers_stops_this_one()
    {
        var (table, ledger) = await NewTableAsync();
        await ledger.AddAsync(Today, 0.01, Ct); // other containers spent today's budget

        await JudgeBatchAsync(Services(("JUDGE_SPEND_TABLE", table)));

        Assert.Equal(2, Emf("JudgeSkippedBudget"));
        Assert.Empty(_model.Prompts);
    }

    [Fact]
    public async Task Without_a_spend_table_the_shared_total_is_not_consulted()
    {
        var (_, ledger) = await NewTableAsync();
        await ledger.AddAsync(Today, 0.01, Ct);

        await JudgeBatchAsync(Services());

        Assert.Equal(2, Emf("JudgedResponses"));
        Assert.Equal(0, Emf("JudgeSkippedBudget"));
    }

    [Fact]
    public async Task An_invalid_spend_table_is_an_init_error_naming_the_setting()
    {
        var client = new FakeRuntimeApiClient();
        var env = new Dictionary<string, string>
        {
            ["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:9001",
            ["_HANDLER"] = "judge",
            ["JUDGE_MODEL_ID"] = "m",
            ["JUDGE_SPEND_TABLE"] = "judge spend",
        };
        var host = new FunctionHost(new SettingsSource(env), AllHandlers.Catalog(), _ => client, new RecordingTraceContext(), _time, _stdout);

        Assert.Equal(FunctionHost.ExitInitError, await host.RunAsync(Ct));
        var error = Assert.Single(client.InitErrors);
        Assert.Equal("Runtime.ConfigInvalid", error.ErrorType);
        Assert.Contains("JUDGE_SPEND_TABLE", error.ErrorMessage, StringComparison.Ordinal);
    }
}
