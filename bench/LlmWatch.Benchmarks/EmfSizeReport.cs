using System.Buffers;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;

namespace LlmWatch.Benchmarks;

/// <summary>Bytes of aggregated EMF vs one EMF record per invocation for a 500-record batch (target ≤ 1/10).</summary>
internal static class EmfSizeReport
{
    public static string Run()
    {
        var records = BenchData.Records(500);
        var processor = new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions());
        var aggregated = new ArrayBufferWriter<byte>();
        processor.Process(BenchData.SubscriptionEvent(records), aggregated);
        long perInvocation = 0;
        foreach (var record in records)
        {
            var one = new ArrayBufferWriter<byte>();
            processor.Process(BenchData.SubscriptionEvent([record]), one);
            perInvocation += one.WrittenCount;
        }
        return $"EMF bytes for 500 records over 2 minutes: aggregated {aggregated.WrittenCount:N0} B, one-per-invocation {perInvocation:N0} B, ratio 1/{(double)perInvocation / aggregated.WrittenCount:0.0}";
    }
}
