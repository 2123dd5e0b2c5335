using BenchmarkDotNet.Running;
using LlmWatch.Benchmarks;

if (args is ["emf-size"])
{
    Console.WriteLine(EmfSizeReport.Run());
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BenchData).Assembly).Run(args);
