using System.Text.Json;
using LlmWatch.Cli.Input;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.Core.Replay;

namespace LlmWatch.Benchmarks;

/// <summary>Where <c>replay</c> spends its time on the 100 MB file: split, parse, per-model stats (minimum of runs).</summary>
internal static class ReplayBreakdown
{
    public static string Run()
    {
        var bench = new ReplayBenchmarks();
        bench.Setup();
        var path = bench.Path;
        var mb = new FileInfo(path).Length / 1048576.0;
        var prices = PriceBook.LoadDefault();
        static double Min(Action a) => MinTime.Of(a, 6);
        void Lines(LineSplitter.LineHandler handler)
        {
            using var stream = File.OpenRead(path);
            LineSplitter.ForEachLine(stream, handler);
        }
        var split = Min(() => Lines((_, _) => { }));
        var floor = Min(() => bench.Floor());
        var parser = new InvocationRecordParser();
        long parsed = 0;
        var parse = Min(() => Lines((line, number) =>
        {
            if (parser.TryParse(line, out _, out _))
                parsed++;
        }));
        var stats = Min(() =>
        {
            var s = new ReplayStats(prices, ReplayGrouping.Model);
            Lines((line, number) =>
            {
                if (parser.TryParse(line, out var record, out _))
                    s.Add(record);
            });
        });
        var replay = Min(() => bench.Replay());
        var withEmf = Min(() => bench.ReplayWithEmf());
        string Row(string name, double ms) => $"{name,-34} {ms,8:0.0} ms {mb / (ms / 1000),8:0} MB/s";
        return string.Join(Environment.NewLine,
            $"replay breakdown, {mb:0.0} MB JSONL:",
            Row("split lines", split),
            Row("floor (split + one reader pass)", floor),
            Row("split + parse", parse),
            Row("split + parse + stats", stats),
            Row("replay (all)", replay),
            Row("replay --emf-out", withEmf),
            $"replay at {floor / replay:P0} of the floor's MB/s ({parsed} records parsed)");
    }
}
