using System.Buffers;
using BenchmarkDotNet.Attributes;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;

namespace LlmWatch.Benchmarks;

/// <summary>
/// What judge sampling adds to the metrics handler: the same batch processed without an observer (baseline) and with a
/// fresh <see cref="JudgeSampler"/> per batch, as the handler runs it (target: ≤3% slower at the default 5% rate).
/// </summary>
[MemoryDiagnoser]
public class JudgeSamplingBenchmarks
{
    private byte[] _event = [];
    private InvocationBatchProcessor _processor = null!;
    private readonly ArrayBufferWriter<byte> _emf = new(1 << 20);
    private readonly List<(LlmWatch.Core.Records.InvocationRecord Record, byte[] Raw)> _parsed = [];

    [Params(5000)]
    public int Records { get; set; }

    [Params(0.05)]
    public double Rate { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _event = BenchData.SubscriptionEvent(BenchData.Records(Records));
        _processor = new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions());
        var parser = new LlmWatch.Core.Records.InvocationRecordParser();
        foreach (var line in BenchData.Records(Records))
        {
            var raw = System.Text.Encoding.UTF8.GetBytes(line);
            if (parser.TryParse(raw, out var record, out _))
                _parsed.Add((record, raw));
        }
        WithSampler();
    }

    [Benchmark(Baseline = true, Description = "metrics processor, no sampling")]
    public int Plain()
    {
        _emf.ResetWrittenCount();
        return _processor.Process(_event, _emf).Parsed;
    }

    [Benchmark(Description = "metrics processor + judge sampler")]
    public int WithSampler()
    {
        _emf.ResetWrittenCount();
        var sampler = new JudgeSampler(new JudgeSamplingOptions(Rate, "llmwatch-JudgeFunctionRole"));
        return _processor.Process(_event, _emf, sampler).Parsed + sampler.Samples.Count;
    }

    [Benchmark(Description = "judge sampler alone (same records, pre-parsed)")]
    public int SamplerAlone()
    {
        var sampler = new JudgeSampler(new JudgeSamplingOptions(Rate, "llmwatch-JudgeFunctionRole"));
        foreach (var (record, raw) in _parsed)
            sampler.OnRecord(record, raw);
        return sampler.Samples.Count;
    }
}
