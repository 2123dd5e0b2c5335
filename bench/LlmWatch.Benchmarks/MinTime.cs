using System.Diagnostics;

namespace LlmWatch.Benchmarks;

/// <summary>The fastest of several runs, in milliseconds: the quick modes' stand-in for a full BenchmarkDotNet run.</summary>
internal static class MinTime
{
    public static double Of(Action action, int runs)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
