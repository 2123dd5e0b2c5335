using System.Buffers;
using System.Text;
using System.Text.Json;
using LlmWatch.Core.Judge;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Judge;
using NJsonSchema;

namespace LlmWatch.Core.Tests.Judge;

public class QualityEmfWriterTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 4, 9, 16, 0, TimeSpan.Zero);

    private static JudgeOutcome Scored(string model, string id, double r) => new()
    {
        Kind = JudgeOutcomeKind.Scored,
        Sample = new JudgeSample { RequestId = id, ModelId = model, Caller = "c", Timestamp = At, Prompt = "p", Response = "r" },
        Scores = new QualityScores(r, 100, 80, (r + 180) / 3),
        InputTokens = 1000,
        OutputTokens = 100,
        CostUsd = 0.0045,
        LatencyMs = 812.5,
        Calls = 1,
    };

    private static string[] Write(params JudgeOutcome[] outcomes)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new QualityEmfWriter().Write(outcomes, "v1", "judge-model", At, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task Records_are_valid_EMF_with_scores_counters_and_model_dimensions()
    {
        var dropped = Scored("m1", "d1", 0) with { Kind = JudgeOutcomeKind.Dropped, Scores = null, Failures = [VerdictFailure.Refusal, VerdictFailure.ScoreOutOfRange] };
        var skipped = Scored("m1", "s1", 0) with { Kind = JudgeOutcomeKind.SkippedBudget, Scores = null, Calls = 0, InputTokens = 0, OutputTokens = 0, CostUsd = null };
        var lines = Write(Scored("m1", "a", 90), Scored("m1", "b", 60), dropped, skipped, Scored("m2", "c", 30));
        Assert.Equal(2, lines.Length);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Metrics", "emf-schema.json"), TestContext.Current.CancellationToken);
        foreach (var line in lines)
            Assert.Empty(schema.Validate(line));

        using var m1 = JsonDocument.Parse(lines[0]);
        var root = m1.RootElement;
        var directive = root.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0];
        Assert.Equal("LlmWatch/Quality", directive.GetProperty("Namespace").GetString());
        Assert.Equal("[[\"ModelId\",\"RubricVersion\"],[\"ModelId\"]]", directive.GetProperty("Dimensions").GetRawText());
        Assert.Equal(At.ToUnixTimeMilliseconds(), root.GetProperty("_aws").GetProperty("Timestamp").GetInt64());
        Assert.Equal(("m1", "v1"), (root.GetProperty("ModelId").GetString(), root.GetProperty("RubricVersion").GetString()));
        Assert.Equal("[90,60]", root.GetProperty("RelevanceScore").GetRawText());
        Assert.Equal(2, root.GetProperty("JudgedResponses").GetInt32());
        Assert.Equal(1, root.GetProperty("JudgeRefusals").GetInt32());
        Assert.Equal(1, root.GetProperty("JudgeParseFailures").GetInt32());
        Assert.Equal(1, root.GetProperty("JudgeDropped").GetInt32());
        Assert.Equal(1, root.GetProperty("JudgeSkippedBudget").GetInt32());
        Assert.Equal(3000, root.GetProperty("JudgeInputTokens").GetInt32());
        Assert.Equal(0.0135, root.GetProperty("JudgeCostUsd").GetDouble(), 9);
        Assert.Equal(3, root.GetProperty("EvaluationLatencyMs").GetArrayLength());
        Assert.Equal("[\"a\",\"b\",\"d1\"]", root.GetProperty("RequestIds").GetRawText());
        var declared = directive.GetProperty("Metrics").EnumerateArray().Select(m => m.GetProperty("Name").GetString()!).ToList();
        Assert.All(declared, name => Assert.True(root.TryGetProperty(name, out _), name));
    }

    [Fact]
    public void More_than_100_scores_are_split_across_records_and_counters_are_written_once()
    {
        var outcomes = Enumerable.Range(0, 250).Select(i => Scored("m", $"r{i}", i % 101)).ToArray();
        var lines = Write(outcomes);
        Assert.Equal(3, lines.Length);
        var docs = lines.Select(l => JsonDocument.Parse(l)).ToList();
        Assert.Equal(250, docs.Sum(d => d.RootElement.GetProperty("CompositeScore").GetArrayLength()));
        Assert.All(docs, d => Assert.True(d.RootElement.GetProperty("CompositeScore").GetArrayLength() <= 100));
        Assert.Equal(1, docs.Count(d => d.RootElement.TryGetProperty("JudgedResponses", out _)));
        Assert.Equal(250, docs[0].RootElement.GetProperty("JudgedResponses").GetInt32());
    }

    [Fact]
    public async Task Sampling_counts_are_a_valid_dimensionless_record()
    {
        var buffer = new ArrayBufferWriter<byte>();
        new QualityEmfWriter().WriteSampling(new JudgeSamplerStats(5, 1, 2, 3), notQueued: 1, At, buffer);
        var line = Encoding.UTF8.GetString(buffer.WrittenSpan).TrimEnd('\n');
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Metrics", "emf-schema.json"), TestContext.Current.CancellationToken);
        Assert.Empty(schema.Validate(line));
        using var doc = JsonDocument.Parse(line);
        Assert.Equal((4, 1, 2, 1), (doc.RootElement.GetProperty("JudgeSampled").GetInt32(), doc.RootElement.GetProperty("JudgeSkippedBodyInS3").GetInt32(),
            doc.RootElement.GetProperty("JudgeSkippedNoText").GetInt32(), doc.RootElement.GetProperty("JudgeSamplesNotQueued").GetInt32()));
    }
}
