using System.Text;
using System.Text.Json;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.Functions.Composition;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Handlers;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Tests.Fakes;
using LlmWatch.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Functions.Tests.Handlers;

public class MetricsHandlerTests
{
    private static readonly InvocationContext Context = new("req-7", DateTimeOffset.MaxValue, "arn:aws:lambda:us-east-1:1:function:m", null);
    private readonly RecordingLineSink _stdout = new();

    private readonly FunctionLog _log;

    public MetricsHandlerTests() => _log = new FunctionLog(_stdout, new FakeTimeProvider());

    private Task<IHandler> HandlerAsync(Dictionary<string, string>? env = null) => MetricsComposition.CreateAsync(
        new FunctionServices(new SettingsSource(env ?? []), new FakeTimeProvider(), _stdout, _log),
        TestContext.Current.CancellationToken);

    private async Task<JsonElement> HandleAsync(IHandler handler, string eventFile) =>
        JsonDocument.Parse(await handler.HandleAsync(RepoFiles.ReadEvent(eventFile), Context, TestContext.Current.CancellationToken)).RootElement;

    [Theory]
    [InlineData("metrics-subscription-event.json")]
    [InlineData("metrics-error-records-event.json")]
    public async Task EMF_on_stdout_adds_up_to_the_records_of_the_event(string eventFile)
    {
        var expected = ExpectedTotals.FromEventFile(RepoFiles.Event(eventFile));

        var summary = await HandleAsync(await HandlerAsync(), eventFile);

        var emf = EmfTotals.From(_stdout.Lines);
        Assert.Equal(expected.Invocations, emf["Invocations"]);
        Assert.Equal(expected.InputTokens, emf["InputTokens"]);
        Assert.Equal(expected.OutputTokens, emf["OutputTokens"]);
        Assert.Equal(expected.Invocations, summary.GetProperty("parsed").GetInt32());
        Assert.Equal(expected.NotJson, summary.GetProperty("skipped").GetInt32());
        Assert.Equal(emf.Records, summary.GetProperty("emfRecords").GetInt32());
        Assert.Equal(["LlmWatch"], emf.Namespaces);
    }

    [Fact]
    public async Task Error_records_are_counted_by_class_and_the_setup_line_is_skipped_by_reason()
    {
        var summary = await HandleAsync(await HandlerAsync(), "metrics-error-records-event.json");

        var emf = EmfTotals.From(_stdout.Lines);
        Assert.Equal(1, emf["ThrottlingErrors"]);
        Assert.Equal(1, emf["AccessDeniedErrors"]);
        Assert.Equal(2, emf["Errors"]);
        Assert.Equal(1, summary.GetProperty("skippedByReason").GetProperty("NotJson").GetInt32());
    }

    [Fact]
    public async Task Namespace_comes_from_METRICS_NAMESPACE()
    {
        await HandleAsync(await HandlerAsync(new() { ["METRICS_NAMESPACE"] = "Team/Llm" }), "metrics-subscription-event.json");

        Assert.Equal(["Team/Llm"], EmfTotals.From(_stdout.Lines).Namespaces);
    }

    [Fact]
    public async Task A_control_message_writes_nothing_and_says_so()
    {
        var summary = await HandleAsync(await HandlerAsync(), "metrics-control-message-event.json");

        Assert.True(summary.GetProperty("controlMessage").GetBoolean());
        Assert.Equal(0, summary.GetProperty("emfRecords").GetInt32());
        Assert.Empty(_stdout.Lines);
    }

    [Theory]
    [InlineData("""{"awslogs":{"data":"H4sI-this-is-not-base64-gzip!"}}""")]
    [InlineData("""{"awslogs":{"data":"bm90IGd6aXA="}}""")]
    [InlineData("""{"Records":[]}""")]
    [InlineData("""not json""")]
    public async Task An_undecodable_envelope_is_logged_with_the_request_id_and_counted_not_thrown(string body)
    {
        var handler = await HandlerAsync();
        byte[] bytes;
        using (_log.Begin(Context)) // as the runtime loop does for every invocation
            bytes = await handler.HandleAsync(Encoding.UTF8.GetBytes(body), Context, TestContext.Current.CancellationToken);

        var summary = JsonDocument.Parse(bytes).RootElement;
        Assert.Equal(1, summary.GetProperty("envelopeErrors").GetInt32());
        Assert.False(string.IsNullOrEmpty(summary.GetProperty("envelopeError").GetString()));
        var line = Assert.Single(_stdout.Lines);
        using var log = JsonDocument.Parse(line);
        Assert.Equal("WARN", log.RootElement.GetProperty("level").GetString());
        Assert.Equal("metrics.envelope-undecodable", log.RootElement.GetProperty("event").GetString());
        Assert.Equal("req-7", log.RootElement.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task The_same_handler_serves_consecutive_batches_independently()
    {
        var handler = await HandlerAsync();
        await HandleAsync(handler, "metrics-malformed-envelope-event.json");
        await HandleAsync(handler, "metrics-subscription-event.json");
        var first = EmfTotals.From(_stdout.Lines);
        await HandleAsync(handler, "metrics-subscription-event.json");

        Assert.Equal(2 * first["InputTokens"], EmfTotals.From(_stdout.Lines)["InputTokens"]);
    }

    [Fact]
    public async Task PRICE_FILE_applies_an_override_that_prices_an_application_inference_profile()
    {
        await HandleAsync(await HandlerAsync(), "metrics-subscription-event.json");
        var plainLines = _stdout.Lines;
        var plain = EmfTotals.From(plainLines);

        await HandleAsync(await HandlerAsync(new() { ["PRICE_FILE"] = RepoFiles.Event("prices-override.json") }), "metrics-subscription-event.json");

        var priced = EmfTotals.From(_stdout.Lines.Skip(plainLines.Count));
        Assert.Equal(180_412 + 2_210, plain["UnpricedTokens"]);
        Assert.Equal(0, priced["UnpricedTokens"]);
        Assert.True(PriceBook.LoadDefault().TryGetCost("us.anthropic.claude-sonnet-4-20250514-v1:0", DateTimeOffset.Parse("2026-11-20T00:00:00Z"),
            new TokenCounts(180_412, 2_210, 0, 0), out var profileCost));
        Assert.Equal(plain["CostUsd"] + profileCost, priced["CostUsd"], 9);
    }

    [Theory]
    [InlineData("{\"models\": [{\"id\": \"x\", \"prices\": {\"ouput_mtok\": 1}}]}", "ouput_mtok")]
    [InlineData("not json", "price file")]
    public async Task An_invalid_price_file_is_an_init_error_naming_PRICE_FILE_and_the_problem(string content, string expected)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, content);

            var error = await Assert.ThrowsAsync<ConfigurationException>(() => HandlerAsync(new() { ["PRICE_FILE"] = file }));

            Assert.Equal("PRICE_FILE", error.SettingName);
            Assert.Contains(file, error.Message, StringComparison.Ordinal);
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_executable_offers_the_metrics_handler()
    {
        Assert.Contains("metrics", AllHandlers.Catalog().Names);
    }
}
