using System.Buffers;
using System.Text;
using System.Text.Json;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Metrics.Schema;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Metrics.Schema;

/// <summary>What LlmWatch's EMF writers really write: they are run over varied input and their output is read back.</summary>
internal static class EmittedMetrics
{
    public static readonly DateTimeOffset At = new(2026, 5, 4, 9, 16, 0, TimeSpan.Zero);

    /// <summary>The metrics function's EMF for a batch with every error class, latencies, an unpriced model and skipped lines.</summary>
    public static IReadOnlyList<EmittedMetric> MetricsFunction(string @namespace = EmfOptions.DefaultNamespace)
    {
        string[] lines =
        [
            Log("a").Tokens(100, 50, 20, 10).Latency(800).Build(),
            Log("b").Model("acme.unpriced-model").Tokens(10, 5).Build(),
            Log("c").Operation("InvokeModel").Latency(null).Build(),
            .. new[] { "ThrottlingException", "InternalServerException", "ValidationException", "AccessDeniedException", "SomethingNew" }
                .Select((code, i) => Log($"e{i}").Error(code).Latency(null).Build()),
            "not json",
            """{"schemaType":"ModelInvocationLog","modelId":"x""",
        ];
        var output = new ArrayBufferWriter<byte>();
        var result = new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions(@namespace))
            .Process(Encoding.UTF8.GetBytes(InvocationLogBuilder.SubscriptionEvent(lines)), output);
        Assert.Equal(8, result.Parsed);
        return Read(output.WrittenSpan);
    }

    /// <summary>The judge's EMF for scored, dropped and over-budget samples, and the sampler's counts.</summary>
    public static IReadOnlyList<EmittedMetric> Judge(string @namespace = MetricNamespaces.Quality)
    {
        var scored = new JudgeOutcome
        {
            Kind = JudgeOutcomeKind.Scored,
            Sample = new JudgeSample { RequestId = "s1", ModelId = "m1", Caller = "c", Timestamp = At, Prompt = "p", Response = "r" },
            Scores = new QualityScores(90, 100, 80, 90),
            InputTokens = 1000,
            OutputTokens = 100,
            CostUsd = 0.0045,
            LatencyMs = 812.5,
            Calls = 1,
        };
        var dropped = scored with { Kind = JudgeOutcomeKind.Dropped, Scores = null, CostUsd = null, Failures = [VerdictFailure.Refusal, VerdictFailure.ScoreOutOfRange] };
        var skipped = scored with { Kind = JudgeOutcomeKind.SkippedBudget, Scores = null, Calls = 0 };
        var writer = new QualityEmfWriter(@namespace);
        var output = new ArrayBufferWriter<byte>();
        writer.Write([scored, dropped, skipped], "v1", "judge-model", At, output);
        writer.WriteSampling(new JudgeSamplerStats(5, 1, 2, 3), notQueued: 1, At, output);
        return Read(output.WrittenSpan);
    }

    private static InvocationLogBuilder Log(string id) => new InvocationLogBuilder().At(At).RequestId($"request-{id}");

    private static List<EmittedMetric> Read(ReadOnlySpan<byte> emf)
    {
        var metrics = new List<EmittedMetric>();
        foreach (var line in Encoding.UTF8.GetString(emf).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Empty(EmfTestSupport.Validate(line));
            using var doc = JsonDocument.Parse(line);
            foreach (var directive in doc.RootElement.GetProperty("_aws").GetProperty("CloudWatchMetrics").EnumerateArray())
            {
                var sets = directive.GetProperty("Dimensions").GetRawText();
                foreach (var metric in directive.GetProperty("Metrics").EnumerateArray())
                {
                    metrics.Add(new EmittedMetric(directive.GetProperty("Namespace").GetString()!, metric.GetProperty("Name").GetString()!,
                        metric.GetProperty("Unit").GetString()!, sets));
                }
            }
        }
        return metrics;
    }
}
