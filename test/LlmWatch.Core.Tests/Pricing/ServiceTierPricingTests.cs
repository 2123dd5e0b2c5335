using System.Text;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Tests.Pricing;

/// <summary>Service tiers: published tier prices where AWS publishes them, the standard rate (flagged) where it does not.</summary>
public sealed class ServiceTierPricingTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly PriceBook Book = PriceBook.LoadDefault();

    private static CostQuote Quote(string modelId, TokenCounts tokens, ServiceTier tier)
    {
        Assert.True(Book.TryGetCost(modelId, At, tokens, tier, out var quote), modelId);
        return quote;
    }

    // A Converse response on Nova Pro as Bedrock returns it with a service tier (the parser reads serviceTier in a later step).
    private static InvocationRecord NovaPro(string tier)
    {
        var line = $$$"""
            {"schemaType":"ModelInvocationLog","schemaVersion":"1.0","timestamp":"2026-11-20T10:00:00Z","accountId":"444455556666","identity":{"arn":"arn:aws:sts::444455556666:assumed-role/batch-summaries/job-1"},"region":"us-east-1","requestId":"0b9c7e55-4c3b-4f6e-9d21-1f6a2b3c4d5e","operation":"Converse","modelId":"amazon.nova-pro-v1:0","input":{"inputContentType":"application/json","inputBodyJson":{"messages":[{"role":"user","content":[{"text":"Summarize the attached ticket."}]}],"serviceTier":{"type":"{{{tier}}}"}},"inputTokenCount":1000,"cacheReadInputTokenCount":0,"cacheWriteInputTokenCount":0},"output":{"outputContentType":"application/json","outputBodyJson":{"output":{"message":{"role":"assistant","content":[{"text":"The customer was charged twice."}]}},"stopReason":"end_turn","metrics":{"latencyMs":2100},"usage":{"inputTokens":1000,"outputTokens":100,"totalTokens":1100},"serviceTier":{"type":"{{{tier}}}"}},"outputTokenCount":100}}
            """;
        Assert.True(new InvocationRecordParser().TryParse(Encoding.UTF8.GetBytes(line), out var record, out var reason), reason.ToString());
        return record with { ServiceTier = ServiceTierWire.Parse(tier, null) };
    }

    [Fact]
    public void Flex_and_priority_records_are_priced_at_their_published_tier_prices()
    {
        // Nova Pro, 1000 in + 100 out: standard 0.8 / 3.2, flex 0.4 / 1.6, priority 1.4 / 5.6 (AWS Price List, 2026-09-01).
        Assert.True(Book.TryGetCost(NovaPro("default"), out var standard));
        Assert.True(Book.TryGetCost(NovaPro("flex"), out var flex));
        Assert.True(Book.TryGetCost(NovaPro("priority"), out var priority));

        Assert.Equal(0.00112, standard.Usd, 12);
        Assert.Equal(0.00056, flex.Usd, 12);
        Assert.Equal(0.00196, priority.Usd, 12);
        Assert.Equal((ServiceTier.Default, ServiceTier.Flex, ServiceTier.Priority), (standard.PricedAs, flex.PricedAs, priority.PricedAs));
    }

    [Fact]
    public void Kinds_a_tier_does_not_publish_keep_the_standard_price()
    {
        // Flex Nova Pro publishes no cache read price: the standard 0.2 applies, not flex input 0.4.
        Assert.Equal((1000 * 0.4 + 10_000 * 0.2) / 1e6, Quote("us.amazon.nova-pro-v1:0", new(1000, 0, 10_000, 0), ServiceTier.Flex).Usd, 12);
    }

    [Theory]
    [InlineData("us.anthropic.claude-3-5-haiku-20241022-v1:0", 1.0, 5.0)]
    [InlineData("us.meta.llama3-1-70b-instruct-v1:0", 0.9, 0.9)]
    [InlineData("us.meta.llama3-1-405b-instruct-v1:0", 3.0, 3.0)]
    [InlineData("amazon.nova-pro-v1:0", 1.0, 4.0)]
    public void Latency_optimized_records_use_the_latency_optimized_price(string modelId, double input, double output)
    {
        var quote = Quote(modelId, new(1000, 1000, 0, 0), ServiceTier.LatencyOptimized);
        Assert.Equal((1000 * input + 1000 * output) / 1e6, quote.Usd, 12);
        Assert.Equal(ServiceTier.LatencyOptimized, quote.PricedAs);
    }

    [Theory]
    [InlineData(ServiceTier.Reserved)] // billed per reserved tokens-per-minute, never per token
    [InlineData(ServiceTier.Priority)] // no priority price published for Claude Sonnet 4
    [InlineData(ServiceTier.Flex)]
    [InlineData(ServiceTier.Other)]
    public void A_tier_without_a_published_price_is_priced_at_the_standard_rate_and_says_so(ServiceTier tier)
    {
        var quote = Quote("us.anthropic.claude-sonnet-4-20250514-v1:0", new(1000, 100, 0, 0), tier);
        Assert.Equal(0.0045, quote.Usd, 12);
        Assert.Equal(ServiceTier.Default, quote.PricedAs);
    }

    [Fact]
    public void Global_nova_2_lite_has_no_published_flex_price_but_the_regional_entry_does()
    {
        Assert.Equal(ServiceTier.Flex, Quote("us.amazon.nova-2-lite-v1:0", new(1000, 1000, 0, 0), ServiceTier.Flex).PricedAs);
        Assert.Equal((1000 * 0.165 + 1000 * 1.375) / 1e6, Quote("us.amazon.nova-2-lite-v1:0", new(1000, 1000, 0, 0), ServiceTier.Flex).Usd, 12);
        Assert.Equal(ServiceTier.Default, Quote("global.amazon.nova-2-lite-v1:0", new(1000, 1000, 0, 0), ServiceTier.Flex).PricedAs);
    }

    [Fact]
    public void Pricing_records_at_a_tier_again_allocates_nothing()
    {
        var book = PriceBook.LoadDefault();
        var tokens = new TokenCounts(412, 138, 2048, 0);
        (string Id, ServiceTier Tier)[] calls = [("amazon.nova-pro-v1:0", ServiceTier.Flex), ("us.anthropic.claude-sonnet-4-20250514-v1:0", ServiceTier.Priority), ("acme.unknown", ServiceTier.Default)];
        foreach (var (id, tier) in calls)
            book.TryGetCost(id, At, tokens, tier, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0d;
        for (var i = 0; i < 1000; i++)
        {
            foreach (var (id, tier) in calls)
            {
                if (book.TryGetCost(id, At, tokens, tier, out var quote))
                    total += quote.Usd;
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total > 0);
    }

    [Fact]
    public void Prompt_router_record_is_priced_as_the_model_that_ran()
    {
        var record = new InvocationRecord
        {
            Timestamp = At,
            ModelId = "arn:aws:bedrock:us-east-1:444455556666:default-prompt-router/anthropic.claude:1",
            Caller = "router-app",
            Tokens = new TokenCounts(1000, 100, 0, 0),
        };
        Assert.False(Book.TryGetCost(record, out _));

        Assert.True(Book.TryGetCost(record with { InvokedModelId = "arn:aws:bedrock:us-east-1:444455556666:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0" }, out var quote));
        Assert.Equal((1000 * 0.25 + 100 * 1.25) / 1e6, quote.Usd, 12);
    }

    [Fact]
    public void Override_file_can_publish_a_tier_price_for_any_model()
    {
        var book = PriceBook.Load(Encoding.UTF8.GetBytes("""
            {"service_tiers": [{"model": "regional.anthropic.claude-sonnet-4-20250514-v1:0", "tier": "priority",
              "prices": {"input_mtok": 5.25, "output_mtok": 26.25}, "source": "our AWS quote", "source_date": "2026-11-30"}]}
            """), null);

        Assert.True(book.TryGetCost("us.anthropic.claude-sonnet-4-20250514-v1:0", At, new TokenCounts(1000, 100, 0, 0), ServiceTier.Priority, out var quote));
        Assert.Equal((1000 * 5.25 + 100 * 26.25) / 1e6, quote.Usd, 12);
        // The supplement's tier prices survive an override that adds its own.
        Assert.Equal(3, book.Resolve("amazon.nova-pro-v1:0").Model!.ServiceTiers.Count);
        Assert.True(book.TryGetCost("amazon.nova-pro-v1:0", At, new TokenCounts(1000, 100, 0, 0), ServiceTier.Flex, out var flex));
        Assert.Equal(0.00056, flex.Usd, 12);
    }
}
