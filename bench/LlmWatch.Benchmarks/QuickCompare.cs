using System.Buffers;
using System.Diagnostics;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;

namespace LlmWatch.Benchmarks;

/// <summary>
/// A fast side-by-side check (minimum of many alternating runs, robust on a busy machine); the BenchmarkDotNet
/// suites are the reference figures.
/// </summary>
internal static class QuickCompare
{
    public static string Run(int records)
    {
        var data = BenchData.SubscriptionEvent(BenchData.Records(records));
        var processor = new InvocationBatchProcessor(PriceBook.LoadDefault(), new EmfOptions());
        var emf = new ArrayBufferWriter<byte>(1 << 20);
        double floor = double.MaxValue, process = double.MaxValue;
        for (var i = 0; i < 60; i++)
        {
            var sw = Stopwatch.StartNew();
            BenchData.Floor(data);
            floor = Math.Min(floor, sw.Elapsed.TotalMilliseconds);
            emf.ResetWrittenCount();
            sw.Restart();
            processor.Process(data, emf);
            process = Math.Min(process, sw.Elapsed.TotalMilliseconds);
        }
        return $"{records} records: floor {floor:0.00} ms, processor {process:0.00} ms, processor speed = {floor / process:P0} of floor";
    }
}
