using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Tests.Pricing;

/// <summary>The per-model resolution cache: same answers cached or not, across threads and past its size cap.</summary>
public sealed class PriceBookCacheTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly TokenCounts Tokens = new(1000, 100, 0, 0);

    [Fact]
    public void Equal_ids_in_different_string_instances_price_the_same()
    {
        var book = PriceBook.LoadDefault();
        var a = "us.anthropic.claude-sonnet-4-20250514-v1:0";
        var b = new string(a.AsSpan()); // same text, another instance: the by-reference fast path must not be required

        Assert.True(book.TryGetCost(a, At, Tokens, out var first));
        Assert.True(book.TryGetCost("amazon.nova-lite-v1:0", At, Tokens, out _));
        Assert.True(book.TryGetCost(b, At, Tokens, out var second));
        Assert.Equal(0.0045, first, 12); // 1000*3 + 100*15
        Assert.Equal(first, second);
        Assert.Same(book.Resolve(a), book.Resolve(b));
    }

    [Fact]
    public async Task Concurrent_pricing_on_one_book_agrees_with_a_single_thread()
    {
        var book = PriceBook.LoadDefault();
        string[] ids = ["us.anthropic.claude-sonnet-4-20250514-v1:0", "amazon.nova-lite-v1:0", "acme.none", "global.openai.gpt-5.6-sol"];
        var expected = ids.Select(id => PriceBook.LoadDefault().TryGetCost(id, At, Tokens, out var c) ? c : -1).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var sums = new double[ids.Length];
            for (var i = 0; i < 2000; i++)
            {
                var k = i % ids.Length;
                sums[k] += book.TryGetCost(ids[k], At, Tokens, out var c) ? c : -1;
            }
            return sums;
        }, TestContext.Current.CancellationToken)));

        foreach (var sums in results)
        {
            for (var k = 0; k < ids.Length; k++)
                Assert.Equal(expected[k] * 500, sums[k], 9);
        }
    }

    [Fact]
    public void Many_distinct_ids_past_the_cache_cap_still_resolve_correctly()
    {
        var book = PriceBook.LoadDefault();
        for (var i = 0; i < 5000; i++)
            Assert.False(book.TryGetCost($"arn:aws:bedrock:us-east-1:1:application-inference-profile/p{i}", At, Tokens, out _));

        Assert.True(book.TryGetCost("anthropic.claude-3-haiku-20240307-v1:0", At, Tokens, out var cost));
        Assert.Equal(0.000375, cost, 12); // 1000*0.25 + 100*1.25
    }
}
