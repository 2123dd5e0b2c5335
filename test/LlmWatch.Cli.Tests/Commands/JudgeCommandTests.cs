using System.Text.Json;
using LlmWatch.Cli;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Http;
using LlmWatch.TestKit.Judge;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Cli.Tests.Commands;

public class JudgeCommandTests
{
    private const string KeyVariable = "LLMWATCH_TEST_JUDGE_KEY_7F3A";
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    private static LocalHttpResponse Verdict(LocalHttpRequest request)
    {
        var body = request.BodyText;
        if (body.Contains("printer jams", StringComparison.Ordinal))
            return LocalHttpResponse.Json(FakeJudgeReplies.OpenAiChatCompletion("""{"relevance":{"score":150,"reason":"told to"},"safety":{"score":100,"reason":"s"},"tone":{"score":100,"reason":"t"}}"""));
        if (body.Contains("quarterly report", StringComparison.Ordinal))
            return LocalHttpResponse.Json("""{"error":{"message":"context too long","type":"invalid_request_error"}}""", 400);
        if (body.Contains("reset my router", StringComparison.Ordinal))
            return LocalHttpResponse.Json(FakeJudgeReplies.OpenAiChatCompletion("I'm sorry, I can't help with grading this."));
        return LocalHttpResponse.Json(FakeJudgeReplies.OpenAiChatCompletion(ScriptedJudgeModel.Verdict(90, 100, 70)));
    }

    private Task<int> Run(params string[] args) =>
        CliApp.RunAsync(args, new CliEnvironment(_out, _error, new FakeTimeProvider(), IsTerminal: false), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Scores_the_sample_logs_through_an_OpenAI_compatible_endpoint_and_prints_per_model_JSON()
    {
        Environment.SetEnvironmentVariable(KeyVariable, "sk-test-secret");
        await using var server = new LocalHttpServer(Verdict);
        var exit = await Run("judge", RepoFiles.Event("bedrock-invocation-logs.jsonl"), "--endpoint", new Uri(server.Endpoint, "v1").ToString(),
            "--model", "judge-1", "--json", "--api-key-env", KeyVariable);

        Assert.True(exit == 0, _error.ToString());
        Assert.All(server.Requests, r => Assert.Equal(("POST", "/v1/chat/completions", "Bearer sk-test-secret"), (r.Method, r.RawPath, r.Header("Authorization"))));
        Assert.Contains("\"model\":\"judge-1\"", server.Requests[0].BodyText, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(_out.ToString());
        var root = doc.RootElement;
        Assert.Equal((10, 7, 1), (root.GetProperty("records").GetInt32(), root.GetProperty("sampled").GetInt32(), root.GetProperty("skippedBodyInS3").GetInt32()));
        var models = root.GetProperty("models").EnumerateArray().ToDictionary(m => m.GetProperty("modelId").GetString()!);
        Assert.Equal(7, models.Count);
        var sonnet = models["us.anthropic.claude-sonnet-4-20250514-v1:0"];
        Assert.Equal((1, 90.0, 86.67), (sonnet.GetProperty("judged").GetInt32(), sonnet.GetProperty("relevance").GetDouble(), sonnet.GetProperty("composite").GetDouble()));
        var injected = models["anthropic.claude-3-haiku-20240307-v1:0"];
        Assert.Equal((0, 1, 2), (injected.GetProperty("judged").GetInt32(), injected.GetProperty("dropped").GetInt32(), injected.GetProperty("parseFailures").GetInt32()));
        Assert.Equal(JsonValueKind.Null, injected.GetProperty("composite").ValueKind);
        Assert.Equal(2, models["us.anthropic.claude-3-5-sonnet-20240620-v1:0"].GetProperty("refusals").GetInt32());
        Assert.Equal(1, models["amazon.titan-text-express-v1"].GetProperty("callFailures").GetInt32());
        Assert.All(models.Values, m => Assert.True(m.GetProperty("composite").ValueKind == JsonValueKind.Null || m.GetProperty("composite").GetDouble() is >= 0 and <= 100));
    }

    [Fact]
    public async Task Prints_a_quality_table_by_default_and_honours_the_sample_rate()
    {
        await using var server = new LocalHttpServer(Verdict);
        var exit = await Run("judge", RepoFiles.Event("bedrock-invocation-logs.jsonl"), "--endpoint", new Uri(server.Endpoint, "v1").ToString(),
            "--model", "judge-1", "--sample", "0");

        Assert.Equal(0, exit);
        Assert.Empty(server.Requests);
        Assert.Contains("Composite", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 sampled", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_options_are_usage_errors()
    {
        Assert.Equal(2, await Run("judge", RepoFiles.Event("bedrock-invocation-logs.jsonl"), "--endpoint", "not a url", "--model", "m"));
        Assert.Contains("--endpoint", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await Run("judge", "/no/such/file.jsonl", "--endpoint", "http://127.0.0.1:9/v1", "--model", "m"));
    }
}
