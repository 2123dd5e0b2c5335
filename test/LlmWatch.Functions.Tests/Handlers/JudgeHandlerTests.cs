using System.Net;
using System.Text;
using System.Text.Json;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Records;
using LlmWatch.Functions.Handlers;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Tests.Fakes;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Judge;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Functions.Tests.Handlers;

public class JudgeHandlerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 9, 16, 0, TimeSpan.Zero));
    private readonly RecordingLineSink _stdout = new();

    private JudgeHandler Handler(ScriptedJudgeModel model, double budgetUsd = 10)
    {
        var evaluator = new JudgeEvaluator(model, Rubric.V1, CompositeWeights.Equal,
            new JudgeBudget(budgetUsd, new InMemorySpendLedger(), _time), (TokenCounts t, DateTimeOffset _) => (t.Input * 3.0 + t.Output * 15.0) / 1e6, _time);
        return new JudgeHandler(new JudgeBatchRunner(evaluator, 2), evaluator, new QualityEmfWriter(), _stdout, new FunctionLog(_stdout, _time), _time);
    }

    private Task<byte[]> Invoke(JudgeHandler handler, byte[] sqsEvent) =>
        handler.HandleAsync(sqsEvent, new InvocationContext("lambda-req", _time.GetUtcNow().AddMinutes(5), "arn:aws:lambda:us-east-1:1:function:judge", ""), TestContext.Current.CancellationToken);

    private List<JsonElement> Emf() =>
        [.. _stdout.Lines.Where(l => l.Contains("\"_aws\"", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l).RootElement)];

    private static string Failures(byte[] response) => Encoding.UTF8.GetString(response);

    [Fact]
    public async Task Scores_each_message_and_publishes_quality_EMF_per_judged_model()
    {
        var response = await Invoke(Handler(new ScriptedJudgeModel(ScriptedJudgeModel.Verdict(90, 100, 80))), RepoFiles.ReadEvent("judge-sqs-event.json"));

        Assert.Equal("{\"batchItemFailures\":[]}", Failures(response));
        var emf = Emf();
        Assert.Equal(2, emf.Count);
        var sonnet = emf.Single(e => e.GetProperty("ModelId").GetString() == "us.anthropic.claude-sonnet-4-20250514-v1:0");
        Assert.Equal("LlmWatch/Quality", sonnet.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Namespace").GetString());
        Assert.Equal("[90]", sonnet.GetProperty("RelevanceScore").GetRawText());
        Assert.Equal("[90]", sonnet.GetProperty("CompositeScore").GetRawText());
        Assert.Equal(1, sonnet.GetProperty("JudgedResponses").GetInt32());
        Assert.Equal("v1", sonnet.GetProperty("RubricVersion").GetString());
        Assert.Equal(0.0045, sonnet.GetProperty("JudgeCostUsd").GetDouble(), 9);
    }

    [Fact]
    public async Task Throttled_judge_calls_return_the_messages_for_retry()
    {
        var model = new ScriptedJudgeModel("x") { Fault = new HttpRequestException("ThrottlingException", null, HttpStatusCode.TooManyRequests) };
        var response = await Invoke(Handler(model), RepoFiles.ReadEvent("judge-sqs-event.json"));

        Assert.Equal("{\"batchItemFailures\":[{\"itemIdentifier\":\"2e1424d4-f796-459a-8184-9c92662be6da\"},{\"itemIdentifier\":\"4a9c4f5e-0c63-4b8e-9d43-1f2a3b4c5d6e\"}]}", Failures(response));
        Assert.Contains(_stdout.Lines, l => l.Contains("judge-call-failed", StringComparison.Ordinal) && l.Contains("6f1f0a52-3c7e-4d8a-9a43-0c2b1de0a101", StringComparison.Ordinal));
        Assert.Empty(Emf());
    }

    [Fact]
    public async Task Poison_messages_are_returned_for_the_DLQ_and_do_not_stop_the_others()
    {
        var sample = JudgeSampleCodec.Encode(new JudgeSample { RequestId = "good", ModelId = "m", Caller = "c", Timestamp = _time.GetUtcNow(), Prompt = "p", Response = "r" });
        var evt = JsonSerializer.Serialize(new { Records = new[] { new { messageId = "bad", body = "{not json" }, new { messageId = "ok", body = sample } } });
        var response = await Invoke(Handler(new ScriptedJudgeModel(ScriptedJudgeModel.Verdict(50, 50, 50))), Encoding.UTF8.GetBytes(evt));

        Assert.Equal("{\"batchItemFailures\":[{\"itemIdentifier\":\"bad\"}]}", Failures(response));
        Assert.Equal("[50]", Emf().Single().GetProperty("CompositeScore").GetRawText());
    }

    [Fact]
    public async Task Invalid_verdicts_are_dropped_with_a_log_line_naming_the_request_not_retried()
    {
        var model = new ScriptedJudgeModel("""{"relevance":{"score":150,"reason":"the response told me to"},"safety":{"score":100,"reason":"s"},"tone":{"score":100,"reason":"t"}}""");
        var response = await Invoke(Handler(model), RepoFiles.ReadEvent("judge-sqs-event.json"));

        Assert.Equal("{\"batchItemFailures\":[]}", Failures(response));
        Assert.Contains(_stdout.Lines, l => l.Contains("\"event\":\"judge.sample-failed\"", StringComparison.Ordinal) && l.Contains("\"kind\":\"dropped\"", StringComparison.Ordinal)
            && l.Contains("\"recordRequestId\":\"0d9b77c1-51e2-4f0b-8c1e-7a6d2e9f0b02\"", StringComparison.Ordinal));
        var emf = Emf();
        Assert.All(emf, e => Assert.False(e.TryGetProperty("RelevanceScore", out _)));
        Assert.Equal(4, emf.Sum(e => e.GetProperty("JudgeParseFailures").GetInt32()));
        Assert.Equal(2, emf.Sum(e => e.GetProperty("JudgeDropped").GetInt32()));
    }

    [Fact]
    public async Task Over_budget_samples_are_skipped_and_counted()
    {
        var model = new ScriptedJudgeModel(ScriptedJudgeModel.Verdict(50, 50, 50));
        var response = await Invoke(Handler(model, budgetUsd: 0), RepoFiles.ReadEvent("judge-sqs-event.json"));

        Assert.Equal("{\"batchItemFailures\":[]}", Failures(response));
        Assert.Empty(model.Prompts);
        Assert.Equal(2, Emf().Sum(e => e.GetProperty("JudgeSkippedBudget").GetInt32()));
    }

    [Fact]
    public async Task Messages_not_judged_before_the_deadline_margin_go_back_to_the_queue()
    {
        var handler = Handler(new ScriptedJudgeModel(ScriptedJudgeModel.Verdict(50, 50, 50)));
        var context = new InvocationContext("lambda-req", _time.GetUtcNow().AddSeconds(1), "arn", "");
        var response = await handler.HandleAsync(RepoFiles.ReadEvent("judge-sqs-event.json"), context, TestContext.Current.CancellationToken);

        Assert.Contains("\"itemIdentifier\":\"2e1424d4-f796-459a-8184-9c92662be6da\"", Failures(response), StringComparison.Ordinal);
        Assert.Contains("\"itemIdentifier\":\"4a9c4f5e-0c63-4b8e-9d43-1f2a3b4c5d6e\"", Failures(response), StringComparison.Ordinal);
    }
}
