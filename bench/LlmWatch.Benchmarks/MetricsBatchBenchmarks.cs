using System.Buffers;
using BenchmarkDotNet.Attributes;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;

namespace LlmWatch.Benchmarks;

/// <summary>
/// The metrics handler's hot path against the bare floor over the same bytes (issue target: ≥70% of the floor's speed),
/// and allocations per record (divide Allocated by <see cref="Records"/>).
/// </summary>
[MemoryDiagnoser]
public class MetricsBatchBenchmarks
{
    private byte[] _event = [];
    private InvocationBatchProcessor _processor = null!;
    private readonly ArrayBufferWriter<byte> _emf = new(1 << 20);

    [Params(500, 5000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _event = BenchData.SubscriptionEvent(BenchData.Records(Records));
        _processor = new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions());
        Process(); // warm the caches, as a warm Lambda would be
    }

    [Benchmark(Baseline = true, Description = "floor: base64+gunzip+one reader pass")]
    public int Floor() => BenchData.Floor(_event);

    [Benchmark(Description = "processor: decode+parse+aggregate+EMF")]
    public int Process()
    {
        _emf.ResetWrittenCount();
        return _processor.Process(_event, _emf).Parsed;
    }
}
