using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Tests.Pricing;

/// <summary>Cost arithmetic against hand-computed figures (USD; prices per 1M tokens).</summary>
public sealed class PriceCostTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly PriceBook Book = PriceBook.LoadDefault();

    private static double Cost(string modelId, TokenCounts tokens, DateTimeOffset? at = null)
    {
        Assert.True(Book.TryGetCost(modelId, at ?? At, tokens, out var cost), modelId);
        return cost;
    }

    [Fact]
    public void Input_output_and_cache_read_are_priced_per_million()
    {
        // Sonnet 4: 3 in, 15 out, 0.30 cache read. 412*3 + 138*15 + 2048*0.3 = 3920.4 per 1M.
        Assert.Equal(0.0039204, Cost("us.anthropic.claude-sonnet-4-20250514-v1:0", new(412, 138, 2048, 0)), 12);
    }

    [Fact]
    public void Five_minute_and_one_hour_cache_writes_use_their_own_prices()
    {
        // Opus 5.5 global: 4 in, 20 out, 0.2 read, 5 write, 8 one-hour write; 3000 written of which 1000 for one hour.
        // 100*4 + 200*20 + 1000*0.2 + 2000*5 + 1000*8 = 22600 per 1M.
        Assert.Equal(0.0226, Cost("global.anthropic.claude-opus-5-5", new(100, 200, 1000, 3000, 1000)), 12);
        // Regional: 4.4 / 22 / 0.22 / 5.5 / 8.8 → 440 + 4400 + 220 + 11000 + 8800 = 24860.
        Assert.Equal(0.02486, Cost("us.anthropic.claude-opus-5-5-v1:0", new(100, 200, 1000, 3000, 1000)), 12);
    }

    [Fact]
    public void One_hour_write_on_an_Anthropic_model_without_its_own_price_costs_twice_the_input_price()
    {
        // Haiku 4.5 regional has no cache_write_1h_mtok: 64*1.1 + 52*5.5 + 1500*(2*1.1) = 3656.4 (five-minute: 1.375).
        Assert.Equal(0.0036564, Cost("us.anthropic.claude-haiku-4-5-20251001-v1:0", new(64, 52, 0, 1500, 1500)), 12);
        // A mixed write: 1000 five-minute at 1.375 + 500 one-hour at 2.2 = 2475.
        Assert.Equal(0.002475, Cost("us.anthropic.claude-haiku-4-5-20251001-v1:0", new(0, 0, 0, 1500, 500)), 12);
        var prices = Book.Resolve("us.anthropic.claude-haiku-4-5-20251001-v1:0").Model!.PricesAt(At)!;
        Assert.True(prices.CacheWrite1hDerived);
        Assert.Equal(2.2, prices.CacheWrite1h!.Base, 12);
    }

    [Fact]
    public void One_hour_rule_doubles_every_step_of_a_tiered_input_price()
    {
        // Claude Opus 5.5 publishes its own one-hour price, which is kept: 8 global (not derived).
        Assert.False(Book.Resolve("global.anthropic.claude-opus-5-5").Model!.PricesAt(At)!.CacheWrite1hDerived);
        var rule = OneHourCacheWriteRule.Apply(new ModelPrices(new TieredPrice(3, [new PriceTier(200_000, 6)]), new TieredPrice(15)));
        Assert.Equal(6, rule.CacheWrite1h!.At(200_000));
        Assert.Equal(12, rule.CacheWrite1h.At(200_001));
    }

    [Fact]
    public void One_hour_write_on_other_models_without_its_own_price_uses_the_cache_write_price()
    {
        // GPT-5.6 Luna regional before its 2026-07-30 cut: 1.1 in, 1.375 write, no one-hour price and not Anthropic.
        var july = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(0.001375, Cost("us.openai.gpt-5.6-luna", new(0, 0, 0, 1000, 1000), july), 12);
        Assert.False(Book.Resolve("us.openai.gpt-5.6-luna").Model!.PricesAt(july)!.CacheWrite1hDerived);
    }

    [Fact]
    public void Cache_tokens_without_a_cache_price_are_billed_as_input()
    {
        // Nova Pro publishes no cache write price: 1000 writes at input 0.8 = 800; plus 10 out at 3.2 = 32.
        Assert.Equal(0.000832, Cost("amazon.nova-pro-v1:0", new(0, 10, 0, 1000)), 12);
        // Claude 3 Haiku publishes no cache prices at all: reads at input 0.25.
        Assert.Equal(0.00025, Cost("anthropic.claude-3-haiku-20240307-v1:0", new(0, 0, 1000, 0)), 12);
    }

    [Fact]
    public void Tier_is_chosen_by_the_whole_prompt_including_cache_tokens()
    {
        const string luna = "global.openai.gpt-5.6-luna";
        // 200000 + 71999 cached = 271999, not above the start: base prices .2 in, .02 read, 1.2 out.
        Assert.Equal((200_000 * 0.2 + 71_999 * 0.02 + 1000 * 1.2) / 1e6, Cost(luna, new(200_000, 1000, 71_999, 0)), 12);
        // One more cached token crosses it: every token of the request moves to .4 / .04 / 1.8.
        Assert.Equal((200_000 * 0.4 + 72_000 * 0.04 + 1000 * 1.8) / 1e6, Cost(luna, new(200_000, 1000, 72_000, 0)), 12);
        // Cache writes count too and are themselves tiered (.25 → .5).
        Assert.Equal((1000 * 0.4 + 300_000 * 0.5) / 1e6, Cost(luna, new(1000, 0, 0, 300_000)), 12);
    }

    [Fact]
    public void Date_conditional_prices_switch_on_the_utc_start_date()
    {
        const string terra = "us.openai.gpt-5.6-terra";
        var tokens = new TokenCounts(1000, 1000, 0, 0);
        // Launch rates until 2026-07-30 (2.75 / 16.5), cut rates from that UTC day (2.2 / 13.2).
        Assert.Equal(0.01925, Cost(terra, tokens, new DateTimeOffset(2026, 7, 29, 23, 59, 59, TimeSpan.Zero)), 12);
        Assert.Equal(0.0154, Cost(terra, tokens, new DateTimeOffset(2026, 7, 30, 0, 0, 0, TimeSpan.Zero)), 12);
        // 01:00 at +02:00 is still 07-29 in UTC.
        Assert.Equal(0.01925, Cost(terra, tokens, new DateTimeOffset(2026, 7, 30, 1, 0, 0, TimeSpan.FromHours(2))), 12);
        // Sol global: 5 / 30 before 2026-08-21, 4 / 20 from it.
        Assert.Equal(0.035, Cost("global.openai.gpt-5.6-sol", tokens, new DateTimeOffset(2026, 8, 20, 12, 0, 0, TimeSpan.Zero)), 12);
        Assert.Equal(0.024, Cost("global.openai.gpt-5.6-sol", tokens, new DateTimeOffset(2026, 8, 21, 0, 0, 0, TimeSpan.Zero)), 12);
    }

    [Theory]
    [InlineData("acme.unknown-model-v1:0")]
    [InlineData("")]
    [InlineData("amazon.nova-2-lite-v1:0")] // the dataset prices only its us./eu./jp./global. profiles
    [InlineData("arn:aws:bedrock:us-east-1:1:application-inference-profile/zz")]
    public void Unknown_model_is_not_priced_at_zero(string modelId)
    {
        Assert.False(Book.TryGetCost(modelId, At, new TokenCounts(1000, 1000, 0, 0), out var cost));
        Assert.Equal(0, cost);
    }

    [Fact]
    public void Embedding_model_prices_input_but_output_tokens_without_a_price_are_unpriced()
    {
        Assert.Equal(0.0001, Cost("amazon.titan-embed-text-v1", new(1000, 0, 0, 0)), 12);
        Assert.False(Book.TryGetCost("amazon.titan-embed-text-v1", At, new TokenCounts(1000, 5, 0, 0), out _));
    }

    [Fact]
    public void Geographic_prefix_missing_from_the_rules_is_priced_as_the_base_model()
    {
        // Opus 4.8's rules list us./au./eu./jp. but not apac.; AWS bills geographic profiles at the regional price.
        var resolution = Book.Resolve("apac.anthropic.claude-opus-4-8-v1:0");
        Assert.True(resolution.IsPriced);
        Assert.Equal("anthropic.claude-opus-4-8-v1:0", resolution.MatchedId);
        Assert.Equal(5.5, resolution.Model!.PricesAt(At)!.Input!.Base);
        Assert.Contains("base model", resolution.Note);
    }

    [Fact]
    public void Failed_call_with_no_tokens_costs_nothing_but_is_priced()
    {
        Assert.Equal(0, Cost("us.anthropic.claude-sonnet-4-20250514-v1:0", default));
    }

    [Fact]
    public void Pricing_a_known_id_again_allocates_nothing()
    {
        var book = PriceBook.LoadDefault();
        var tokens = new TokenCounts(412, 138, 2048, 0);
        string[] ids = ["us.anthropic.claude-sonnet-4-20250514-v1:0", "acme.unknown", "global.openai.gpt-5.6-sol"];
        foreach (var id in ids)
            book.TryGetCost(id, At, tokens, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0d;
        for (var i = 0; i < 1000; i++)
        {
            foreach (var id in ids)
            {
                if (book.TryGetCost(id, At, tokens, out var cost))
                    total += cost;
            }
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(total > 0);
    }
}
