using BenchmarkDotNet.Running;
using LlmWatch.Benchmarks;

if (args is ["emf-size"])
{
    Console.WriteLine(EmfSizeReport.Run());
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
