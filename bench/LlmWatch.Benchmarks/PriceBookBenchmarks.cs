using BenchmarkDotNet.Attributes;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Benchmarks;

/// <summary>Price lookup on the metrics hot path (cached per model id) and the one-off table load.</summary>
[MemoryDiagnoser]
public class PriceBookBenchmarks
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private readonly TokenCounts _tokens = new(412, 138, 2048, 0);
    private readonly string[] _ids =
    [
        "us.anthropic.claude-sonnet-4-20250514-v1:0",
        "global.openai.gpt-5.6-sol",
        "arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0",
        "acme.unknown-model",
    ];
    private PriceBook _book = null!;

    [GlobalSetup]
    public void Setup()
    {
        _book = PriceBook.LoadDefault();
        foreach (var id in _ids)
            _book.TryGetCost(id, At, _tokens, out _);
    }

    /// <summary>Four lookups (three priced, one unpriced) of ids already seen.</summary>
    [Benchmark]
    public double TryGetCostWarm()
    {
        var total = 0d;
        foreach (var id in _ids)
        {
            if (_book.TryGetCost(id, At, _tokens, out var cost))
                total += cost;
        }
        return total;
    }

    /// <summary>Four lookups of the same id, as in a batch dominated by one model (parser-shared string).</summary>
    [Benchmark]
    public double TryGetCostSameId()
    {
        var total = 0d;
        var id = _ids[0];
        for (var i = 0; i < 4; i++)
        {
            if (_book.TryGetCost(id, At, _tokens, out var cost))
                total += cost;
        }
        return total;
    }

    [Benchmark]
    public PriceBook LoadDefault() => PriceBook.LoadDefault();
}
