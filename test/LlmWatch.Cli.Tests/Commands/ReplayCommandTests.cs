using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;
using LlmWatch.TestKit;

namespace LlmWatch.Cli.Tests.Commands;

public class ReplayCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("llmwatch-replay-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Json_totals_match_an_independent_count_of_the_sample_logs()
    {
        var file = RepoFiles.Event("bedrock-invocation-logs.jsonl");
        var run = await Cli.RunAsync("replay", file, "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var models = doc.RootElement.GetProperty("models").EnumerateArray().ToList();

        // independent count straight from the JSON lines
        var lines = File.ReadAllLines(file).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        long Tokens(JsonElement r, string section, string field) =>
            r.TryGetProperty(section, out var s) && s.TryGetProperty(field, out var v) ? v.GetInt64() : 0;
        Assert.Equal(lines.Count, doc.RootElement.GetProperty("records").GetProperty("parsed").GetInt32());
        Assert.Equal(lines.Count, models.Sum(m => m.GetProperty("invocations").GetInt64()));
        Assert.Equal(lines.Sum(l => Tokens(l, "input", "inputTokenCount")), models.Sum(m => m.GetProperty("inputTokens").GetInt64()));
        Assert.Equal(lines.Sum(l => Tokens(l, "output", "outputTokenCount")), models.Sum(m => m.GetProperty("outputTokens").GetInt64()));
        Assert.Equal(lines.Sum(l => Tokens(l, "input", "cacheReadInputTokenCount")), models.Sum(m => m.GetProperty("cacheReadInputTokens").GetInt64()));
        Assert.Equal(lines.Sum(l => Tokens(l, "input", "cacheWriteInputTokenCount")), models.Sum(m => m.GetProperty("cacheWriteInputTokens").GetInt64()));
        Assert.Equal(lines.Count(l => l.TryGetProperty("errorCode", out _)),
            models.Sum(m => m.GetProperty("errors").EnumerateObject().Sum(e => e.Value.GetInt64())));
        foreach (var model in models)
        {
            var id = model.GetProperty("modelId").GetString();
            Assert.Equal(lines.Count(l => l.GetProperty("modelId").GetString() == id), model.GetProperty("invocations").GetInt64());
        }
    }

    [Fact]
    public async Task Subscription_event_file_and_jsonl_give_the_same_totals()
    {
        var a = await Cli.RunAsync("replay", RepoFiles.Event("bedrock-invocation-logs.jsonl"), "--json");
        var b = await Cli.RunAsync("replay", RepoFiles.Event("metrics-subscription-event.json"), "--json");
        Assert.Equal(0, b.ExitCode);
        Assert.Equal(JsonDocument.Parse(a.Out).RootElement.GetProperty("models").GetRawText(),
            JsonDocument.Parse(b.Out).RootElement.GetProperty("models").GetRawText());
    }

    [Fact]
    public async Task Bad_lines_are_counted_reported_with_file_and_line_and_the_rest_is_kept()
    {
        var good = new InvocationLogBuilder();
        var path = Write("mixed.jsonl", string.Join('\n',
            good.Build(),
            "Permissions are correctly set for Amazon Bedrock logs.",
            """{"schemaType":"ModelInvocationLog","timestamp":"2026-05-04T09:00:00Z","modelId":"cut""",
            """{"schemaType":"ModelInvocationLog","timestamp":"2026-05-04T09:00:00Z"}""",
            """{"schemaType":"ModelInvocationLog","timestamp":"2026-05-04T09:00:00Z","modelId":"m","input":{"inputTokenCount":"9"}}""",
            good.Build()));
        var run = await Cli.RunAsync("replay", path, "--json");
        Assert.Equal(0, run.ExitCode);
        var records = JsonDocument.Parse(run.Out).RootElement.GetProperty("records");
        Assert.Equal(6, records.GetProperty("total").GetInt32());
        Assert.Equal(2, records.GetProperty("parsed").GetInt32());
        Assert.Equal(4, records.GetProperty("skipped").GetInt32());
        Assert.Equal("""{"MissingModelId":1,"NotJson":1,"Truncated":1,"WrongFieldType":1}""",
            JsonSerializer.Serialize(records.GetProperty("skippedByReason")));
        var first = records.GetProperty("firstSkipped")[0];
        Assert.Equal("mixed.jsonl", first.GetProperty("source").GetString());
        Assert.Equal(2, first.GetProperty("line").GetInt32());

        var table = await Cli.RunAsync("replay", path);
        Assert.Contains("skipped mixed.jsonl:3: Truncated", table.Out);
    }

    [Fact]
    public async Task Gzipped_jsonl_is_read()
    {
        var path = Path.Combine(_dir.FullName, "logs.jsonl.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            gz.Write(File.ReadAllBytes(RepoFiles.Event("bedrock-invocation-logs.jsonl")));
        var run = await Cli.RunAsync("replay", path, "--json");
        Assert.Equal(10, JsonDocument.Parse(run.Out).RootElement.GetProperty("records").GetProperty("parsed").GetInt32());
    }

    [Fact]
    public async Task Missing_path_exits_2_naming_it()
    {
        var run = await Cli.RunAsync("replay", "/nonexistent/logs.jsonl");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/nonexistent/logs.jsonl", run.Error);
    }

    [Theory]
    [InlineData("""{"awslogs":{"data":"***"}}""", "base64")]
    [InlineData("""{"awslogs":{"data":"aGVsbG8="}}""", "gzip")]
    public async Task Undecodable_envelope_exits_2_naming_the_file(string content, string why)
    {
        var path = Write("broken-event.json", content);
        var run = await Cli.RunAsync("replay", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("broken-event.json", run.Error);
        Assert.Contains(why, run.Error);
    }

    [Fact]
    public async Task Emf_out_is_exactly_what_the_lambda_prints_for_a_subscription_event()
    {
        var emfPath = Path.Combine(_dir.FullName, "out.emf");
        var run = await Cli.RunAsync("replay", RepoFiles.Event("metrics-subscription-event.json"), "--emf-out", emfPath);
        Assert.Equal(0, run.ExitCode);
        var expected = new ArrayBufferWriter<byte>();
        new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions()).Process(RepoFiles.ReadEvent("metrics-subscription-event.json"), expected);
        Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), File.ReadAllText(emfPath));
    }

    [Fact]
    public async Task By_caller_groups_rows_by_role_name()
    {
        var run = await Cli.RunAsync("replay", RepoFiles.Event("bedrock-invocation-logs.jsonl"), "--by", "caller", "--json");
        var callers = JsonDocument.Parse(run.Out).RootElement.GetProperty("callers").EnumerateArray().Select(c => c.GetProperty("caller").GetString()).ToList();
        Assert.Contains("checkout-api", callers);
        Assert.DoesNotContain(callers, c => c!.Contains('/'));
    }

    [Fact]
    public async Task Percentiles_are_nearest_rank_over_records_with_latency()
    {
        var b = new InvocationLogBuilder().Model("m");
        var lines = Enumerable.Range(1, 100).Select(i => b.Latency(i * 10).Build()).Append(b.Latency(null).Operation("InvokeModel").Build());
        var path = Write("lat.jsonl", string.Join('\n', lines));
        var run = await Cli.RunAsync("replay", path, "--json");
        var latency = JsonDocument.Parse(run.Out).RootElement.GetProperty("models")[0].GetProperty("latencyMs");
        Assert.Equal(100, latency.GetProperty("count").GetInt32());
        Assert.Equal(500, latency.GetProperty("p50").GetDouble());
        Assert.Equal(950, latency.GetProperty("p95").GetDouble());
        Assert.Equal(990, latency.GetProperty("p99").GetDouble());
    }

    [Fact]
    public async Task Table_lists_every_model()
    {
        var run = await Cli.RunAsync("replay", RepoFiles.Event("bedrock-invocation-logs.jsonl"));
        Assert.Equal(0, run.ExitCode);
        foreach (var model in new[] { "amazon.nova-lite-v1:0", "us.meta.llama3-1-70b-instruct-v1:0", "anthropic.claude-3-haiku-20240307-v1:0" })
            Assert.Contains(model, run.Out);
    }
}
