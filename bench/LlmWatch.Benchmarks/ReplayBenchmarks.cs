using System.Text.Json;
using BenchmarkDotNet.Attributes;
using LlmWatch.Cli.Input;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Replay;

namespace LlmWatch.Benchmarks;

/// <summary>
/// <c>llmwatch replay</c> over a ~100 MB JSONL file against the floor (read the file, split lines, one reader pass
/// per line). Target: replay at ≥50% of the floor's MB/s. MB/s = file size / Mean.
/// </summary>
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    private const long TargetBytes = 100L << 20;
    private string _path = "";

    public string Path => _path;

    [GlobalSetup]
    public void Setup()
    {
        _path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "llmwatch-replay-bench.jsonl");
        if (File.Exists(_path) && new FileInfo(_path).Length >= TargetBytes)
            return;
        var records = BenchData.Records(20_000, minutes: 600);
        using var writer = new StreamWriter(_path);
        long written = 0;
        for (var i = 0; written < TargetBytes; i++)
        {
            var line = records[i % records.Count];
            writer.WriteLine(line);
            written += line.Length + 1;
        }
        Console.WriteLine($"// replay input: {new FileInfo(_path).Length / 1048576.0:0.0} MB");
    }

    [Benchmark(Baseline = true, Description = "floor: read+split+one reader pass per line")]
    public long Floor()
    {
        long tokens = 0;
        using var stream = File.OpenRead(_path);
        LineSplitter.ForEachLine(stream, (line, _) =>
        {
            var reader = new Utf8JsonReader(line);
            while (reader.Read())
                tokens++;
        });
        return tokens;
    }

    [Benchmark(Description = "replay: parse+price+stats")]
    public long Replay()
    {
        var session = new ReplaySession(PriceBook.LoadDefault(), new EmfOptions(), ReplayGrouping.Model, emfOut: null);
        session.ReadFile(new FileInfo(_path));
        return session.Stats.Parsed;
    }

    [Benchmark(Description = "replay --emf-out: parse+price+stats+EMF")]
    public long ReplayWithEmf()
    {
        var emf = new System.Buffers.ArrayBufferWriter<byte>(1 << 20);
        var session = new ReplaySession(PriceBook.LoadDefault(), new EmfOptions(), ReplayGrouping.Model, emf);
        session.ReadFile(new FileInfo(_path));
        return emf.WrittenCount;
    }
}
