using System.Diagnostics;
using System.Globalization;
using LlmWatch.ColdStart;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Processes;
using LlmWatch.TestKit.RuntimeApi;

// Cold start (process start → first GET next, seen by the fake Runtime API), peak RSS on a ~6 MB batch, binary size.
// Usage: dotnet run --project bench/LlmWatch.ColdStart -c Release [-- runs]
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 21;
var work = Path.Combine(Path.GetTempPath(), $"llmwatch-coldstart-{Environment.ProcessId}");
var aotDir = Path.Combine(work, "aot");
var jitDir = Path.Combine(work, "jit");

await Step("publish Native AOT", "dotnet", ["publish", "src/LlmWatch.Functions", "-c", "Release", "-r", "linux-x64", "-o", aotDir]);
await Step("build JIT", "dotnet", ["build", "src/LlmWatch.Functions", "-c", "Release", "-o", jitDir]);
var largeEvent = Path.Combine(work, "large-event.json");
await Step("generate ~6 MB batch", "python3", ["eng/make-events.py", "--large", "6000000", largeEvent]);

var aot = (File: Path.Combine(aotDir, "bootstrap"), Args: Array.Empty<string>());
var jit = (File: "dotnet", Args: new[] { Path.Combine(jitDir, "bootstrap.dll") });

var aotColdMs = await ColdStartsAsync(aot.File, aot.Args);
var jitColdMs = await ColdStartsAsync(jit.File, jit.Args);
var (aotRss, aotLargeMs) = await PeakRssAsync(aot.File, aot.Args);
var (jitRss, jitLargeMs) = await PeakRssAsync(jit.File, jit.Args);
var size = new FileInfo(aot.File).Length;

Console.WriteLine();
Console.WriteLine($"| measure ({runs} runs, median) | Native AOT | JIT (`dotnet bootstrap.dll`) | AOT/JIT |");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine($"| cold start: process start → first `GET next` | {Median(aotColdMs):F1} ms | {Median(jitColdMs):F1} ms | {Median(aotColdMs) / Median(jitColdMs):F2} |");
Console.WriteLine($"| cold start min / max | {aotColdMs.Min():F1} / {aotColdMs.Max():F1} ms | {jitColdMs.Min():F1} / {jitColdMs.Max():F1} ms | |");
Console.WriteLine($"| peak RSS (VmHWM) after one ~6 MB (decompressed) batch, {new FileInfo(largeEvent).Length / 1e6:F2} MB as delivered | {aotRss / 1048576.0:F1} MiB | {jitRss / 1048576.0:F1} MiB | {(double)aotRss / jitRss:F2} |");
Console.WriteLine($"| time to answer that event (first event, cold) | {aotLargeMs:F0} ms | {jitLargeMs:F0} ms | |");
Console.WriteLine($"| `bootstrap` size (stripped) | {size / 1048576.0:F2} MiB | | |");
Directory.Delete(work, recursive: true);
return 0;

async Task<List<double>> ColdStartsAsync(string file, string[] arguments)
{
    var samples = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        await using var host = RuntimeApiHost.Start();
        using var child = ChildBootstrap.Start(file, arguments, host.Address);
        var firstNext = await host.FirstNext.WaitAsync(TimeSpan.FromSeconds(30));
        samples.Add(Stopwatch.GetElapsedTime(child.StartedAt, firstNext).TotalMilliseconds);
    }
    return samples;
}

async Task<(long PeakRss, double AnswerMs)> PeakRssAsync(string file, string[] arguments)
{
    await using var host = RuntimeApiHost.Start();
    using var child = ChildBootstrap.Start(file, arguments, host.Address);
    await host.FirstNext.WaitAsync(TimeSpan.FromSeconds(30));
    var body = await File.ReadAllBytesAsync(largeEvent);
    var sent = Stopwatch.GetTimestamp();
    var outcome = await host.Enqueue(body).Outcome.WaitAsync(TimeSpan.FromSeconds(60));
    var answerMs = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
    if (outcome.Kind != RuntimePostKind.Response)
        throw new InvalidOperationException($"large event failed: {outcome.BodyText}");
    Console.WriteLine($"large event summary: {outcome.BodyText}");
    return (child.PeakRssBytes(), answerMs);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static async Task Step(string what, string file, string[] arguments)
{
    Console.WriteLine($"{what}...");
    var run = await ProcessRunner.RunAsync(file, arguments, RepoFiles.Root);
    if (run.ExitCode != 0)
        throw new InvalidOperationException($"{what} failed:\n{run.Combined}");
}
