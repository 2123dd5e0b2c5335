using System.Buffers;
using System.Text;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Metrics;

public class EmfWriterTests
{
    private static InvocationRecord Record(int minute, string model = "m1", string caller = "c1", double? latency = 100, string? error = null) => new()
    {
        Timestamp = new DateTimeOffset(2026, 5, 4, 9, minute, 30, TimeSpan.Zero),
        ModelId = model,
        Caller = caller,
        RequestId = Guid.NewGuid().ToString(),
        Tokens = new TokenCounts(10, 5, 2, 1),
        LatencyMs = latency,
        ErrorCode = error,
    };

    [Fact]
    public void Sample_batch_emf_validates_against_the_published_schema_and_limits()
    {
        var processor = new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions());
        var output = new ArrayBufferWriter<byte>();
        var result = processor.Process(RepoFiles.ReadEvent("metrics-subscription-event.json"), output);
        Assert.Equal(10, result.Parsed);
        var lines = Encoding.UTF8.GetString(output.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(result.EmfRecords, lines.Length);
        foreach (var line in lines)
            Assert.Empty(EmfTestSupport.Validate(line));
    }

    [Fact]
    public void One_record_per_minute_model_and_caller_declaring_every_dimension_set()
    {
        var lines = EmfTestSupport.Aggregate([Record(0), Record(0), Record(0, caller: "c2"), Record(1), Record(1, model: "m2")], out _);
        Assert.Equal(4, lines.Length);
        var json = EmfTestSupport.Lines(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        foreach (var line in json)
        {
            var dims = line.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Dimensions");
            Assert.Equal("""[["ModelId"],["ModelId","Caller"],["Caller"],[]]""", dims.GetRawText());
            Assert.Equal(0, line.GetProperty("_aws").GetProperty("Timestamp").GetInt64() % 60_000);
        }
        var first = json.Single(l => l.GetProperty("Caller").GetString() == "c1" && l.GetProperty("ModelId").GetString() == "m1"
            && l.GetProperty("_aws").GetProperty("Timestamp").GetInt64() == new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds());
        Assert.Equal(2, first.GetProperty("Invocations").GetInt64());
        Assert.Equal(2, first.GetProperty("LatencyMs").GetArrayLength());
    }

    [Fact]
    public void More_than_100_latencies_spill_into_further_records_of_the_same_cell()
    {
        var records = Enumerable.Range(0, 250).Select(i => Record(0, latency: i));
        var lines = EmfTestSupport.Aggregate(records, out _);
        Assert.Equal(3, lines.Length);
        var json = EmfTestSupport.Lines(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        Assert.Equal(250, json.Sum(l => l.GetProperty("LatencyMs").GetArrayLength()));
        Assert.Equal(250, json[0].GetProperty("Invocations").GetInt64());
        Assert.False(json[1].TryGetProperty("Invocations", out _)); // sums are written once, never duplicated
        foreach (var line in lines)
            Assert.Empty(EmfTestSupport.Validate(line));
    }

    [Fact]
    public void Request_ids_go_to_metadata_never_to_dimensions()
    {
        var lines = EmfTestSupport.Aggregate([Record(0, latency: 5), Record(0, latency: 900), Record(0, error: "ThrottlingException", latency: null)], out _);
        var line = EmfTestSupport.Lines(Encoding.UTF8.GetBytes(lines[0]))[0];
        Assert.True(line.TryGetProperty("SlowestRequestId", out _));
        Assert.Equal(1, line.GetProperty("ErrorRequestIds").GetArrayLength());
        Assert.DoesNotContain("RequestId", line.GetProperty("_aws").GetRawText());
        Assert.Equal(1, line.GetProperty("ThrottlingErrors").GetInt64());
        Assert.Equal(1, line.GetProperty("Errors").GetInt64());
    }

    [Fact]
    public void Skipped_records_are_counted_by_reason()
    {
        var envelope = InvocationLogBuilder.SubscriptionEvent(["not json", """{"schemaType":"ModelInvocationLog","modelId":"x""", new InvocationLogBuilder().Build()]);
        var output = new ArrayBufferWriter<byte>();
        var result = new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions("Custom/NS")).Process(Encoding.UTF8.GetBytes(envelope), output);
        Assert.Equal(3, result.Total);
        Assert.Equal(1, result.Parsed);
        Assert.Equal(new Dictionary<string, int> { ["NotJson"] = 1, ["Truncated"] = 1 }, result.SkippedByReason);
        var lines = EmfTestSupport.Lines(output.WrittenSpan);
        var skips = lines.Where(l => l.TryGetProperty("RecordsSkipped", out _)).ToList();
        Assert.Equal(2, skips.Count);
        Assert.All(lines, l => Assert.Equal("Custom/NS", l.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Namespace").GetString()));
        foreach (var l in lines)
            Assert.Empty(EmfTestSupport.Validate(l.GetRawText()));
    }

    [Fact]
    public void Undecodable_envelope_is_reported_not_thrown()
    {
        var result = new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions()).Process("""{"awslogs":{"data":"%%%"}}"""u8, new ArrayBufferWriter<byte>());
        Assert.NotNull(result.EnvelopeError);
        Assert.Equal(0, result.Parsed);
    }

    [Fact]
    public void Aggregated_emf_is_under_a_tenth_of_per_invocation_emf_for_500_records()
    {
        var records = Enumerable.Range(0, 500).Select(i => Record(i % 2, model: $"m{i % 3}", caller: $"c{i % 2}", latency: i)).ToList();
        var aggregated = string.Join('\n', EmfTestSupport.Aggregate(records, out _)).Length;
        var perInvocation = records.Sum(r => string.Join('\n', EmfTestSupport.Aggregate([r], out _)).Length);
        Assert.True(aggregated * 10 <= perInvocation, $"aggregated {aggregated} B vs per-invocation {perInvocation} B");
    }

    [Fact]
    public void Namespace_is_validated()
    {
        Assert.Throws<ArgumentException>(() => new EmfOptions(""));
        Assert.Throws<ArgumentException>(() => new EmfOptions(new string('x', 256)));
    }
}
