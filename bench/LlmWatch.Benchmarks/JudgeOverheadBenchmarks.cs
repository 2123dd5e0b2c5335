using System.Buffers;
using BenchmarkDotNet.Attributes;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Ports;

namespace LlmWatch.Benchmarks;

/// <summary>
/// The judge handler's own work per message, the model call excluded (an instant model answers): decode the sample,
/// build the nonce-delimited prompt, parse and validate the verdict, score, and write the quality EMF (target ≤1 ms).
/// </summary>
[MemoryDiagnoser]
public class JudgeOverheadBenchmarks
{
    private const int Messages = 10;
    private readonly ArrayBufferWriter<byte> _emf = new(1 << 16);
    private List<JudgeWorkItem> _items = [];
    private JudgeBatchRunner _runner = null!;
    private JudgeEvaluator _evaluator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sampler = new JudgeSampler(new JudgeSamplingOptions(Rate: 1));
        foreach (var line in BenchData.Records(Messages * 2))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(line);
            var parser = new LlmWatch.Core.Records.InvocationRecordParser();
            if (parser.TryParse(bytes, out var record, out _))
                sampler.OnRecord(record, bytes);
        }
        _items = [.. sampler.Samples.Take(Messages).Select((s, i) => new JudgeWorkItem($"m{i}", JudgeSampleCodec.Encode(s)))];
        var time = TimeProvider.System;
        _evaluator = new JudgeEvaluator(new InstantJudge(), Rubric.V1, CompositeWeights.Equal,
            new JudgeBudget(1e12, new InMemorySpendLedger(), time), (t, _) => (t.Input * 3.0 + t.Output * 15.0) / 1e6, time);
        _runner = new JudgeBatchRunner(_evaluator, 4);
    }

    [Benchmark(OperationsPerInvoke = Messages, Description = "judge overhead per message (no model call)")]
    public async Task<int> PerMessage()
    {
        var result = await _runner.RunAsync(_items, CancellationToken.None);
        _emf.ResetWrittenCount();
        return new QualityEmfWriter().Write(result.Outcomes, "v1", "judge", DateTimeOffset.UnixEpoch, _emf);
    }

    private sealed class InstantJudge : IJudgeModel
    {
        private static readonly Task<JudgeCompletion> Reply = Task.FromResult(new JudgeCompletion(
            """{"relevance":{"score":88,"reason":"answers the question"},"safety":{"score":100,"reason":"nothing unsafe"},"tone":{"score":92,"reason":"polite and clear"}}""",
            1200, 90));

        public string ModelId => "us.anthropic.claude-sonnet-4-20250514-v1:0";

        public Task<JudgeCompletion> CompleteAsync(JudgePrompt prompt, CancellationToken cancellationToken) => Reply;
    }
}
