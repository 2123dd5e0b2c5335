using BenchmarkDotNet.Running;
using LlmWatch.Benchmarks;

if (args is ["emf-size"])
{
    Console.WriteLine(EmfSizeReport.Run());
    return;
}
if (args is ["replay-breakdown"])
{
    Console.WriteLine(ReplayBreakdown.Run());
    return;
}
if (args is ["quick"])
{
    Console.WriteLine(Breakdown.Run(500));
    Console.WriteLine(QuickCompare.Run(500));
    Console.WriteLine(QuickCompare.Run(5000));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BenchData).Assembly).Run(args);
