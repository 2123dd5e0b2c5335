using System.Text;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Pricing;

/// <summary>The embedded supplementary table: legacy models the dataset lacks, merged under it, each price with its source.</summary>
public sealed class SupplementPriceTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly PriceBook Book = PriceBook.LoadDefault();
    private static readonly byte[] Dataset = File.ReadAllBytes(RepoFiles.Path("src", "LlmWatch.Core", "Pricing", "prices.json"));

    // Figures typed from the cited transcriptions of aws.amazon.com/bedrock/pricing (per 1K × 1000), not read from the file.
    [Theory]
    [InlineData("anthropic.claude-v2", "anthropic.claude-v2", 8, 24)]
    [InlineData("anthropic.claude-v2:0:100k", "anthropic.claude-v2", 8, 24)]
    [InlineData("anthropic.claude-v2:1", "anthropic.claude-v2:1", 8, 24)]
    [InlineData("anthropic.claude-v2:1:200k", "anthropic.claude-v2:1", 8, 24)]
    [InlineData("anthropic.claude-instant-v1", "anthropic.claude-instant-v1", 0.8, 2.4)]
    [InlineData("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-instant-v1:2:100k", "anthropic.claude-instant-v1", 0.8, 2.4)]
    [InlineData("ai21.jamba-instruct-v1:0", "ai21.jamba-instruct-v1:0", 0.5, 0.7)]
    [InlineData("ai21.jamba-1-5-large-v1:0", "ai21.jamba-1-5-large-v1:0", 2, 8)]
    [InlineData("ai21.jamba-1-5-mini-v1:0", "ai21.jamba-1-5-mini-v1:0", 0.2, 0.4)]
    [InlineData("ai21.j2-mid-v1", "ai21.j2-mid-v1", 12.5, 12.5)]
    [InlineData("ai21.j2-ultra-v1", "ai21.j2-ultra-v1", 18.8, 18.8)]
    [InlineData("cohere.command-r-plus-v1:0", "cohere.command-r-plus-v1:0", 3, 15)]
    [InlineData("cohere.command-r-v1:0", "cohere.command-r-v1:0", 0.5, 1.5)]
    [InlineData("cohere.command-light-text-v14", "cohere.command-light-text-v14", 0.3, 0.6)]
    [InlineData("meta.llama2-13b-chat-v1", "meta.llama2-13b-chat-v1", 0.75, 1)]
    [InlineData("meta.llama2-70b-chat-v1", "meta.llama2-70b-chat-v1", 1.95, 2.56)]
    [InlineData("us.meta.llama3-1-405b-instruct-v1:0", "meta.llama3-1-405b-instruct-v1:0", 2.4, 2.4)]
    [InlineData("amazon.titan-text-premier-v1:0", "amazon.titan-text-premier-v1:0", 0.5, 1.5)]
    public void Legacy_bedrock_id_is_priced_from_the_supplement_with_its_source(string modelId, string entry, double input, double output)
    {
        var resolution = Book.Resolve(modelId);

        Assert.True(resolution.IsPriced, $"{modelId}: {resolution.Note}");
        var model = resolution.Model!;
        Assert.Equal(entry, model.Id);
        Assert.Equal(PriceSource.Supplement, model.Source);
        Assert.Contains("aws.amazon.com/bedrock/pricing", model.Citation!.Source);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", model.Citation.Date);
        var prices = model.PricesAt(At)!;
        Assert.Equal(input, prices.Input!.Base, 12);
        Assert.Equal(output, prices.Output!.Base, 12);
    }

    [Fact]
    public void A_real_shaped_claude_v2_record_is_priced_not_counted_as_unpriced()
    {
        // ConverseStream on Claude 2 with the aggregated Converse-shaped body real captures show (latencyMs 8619).
        const string line = """
            {"schemaType":"ModelInvocationLog","schemaVersion":"1.0","timestamp":"2024-06-18T07:41:12Z","accountId":"111122223333","identity":{"arn":"arn:aws:sts::111122223333:assumed-role/BedrockChat/botocore-session-1718696470"},"region":"us-east-1","requestId":"8f0e3c38-4a5b-4b4c-9d3e-2f5a1c7b9e10","operation":"ConverseStream","modelId":"anthropic.claude-v2","input":{"inputContentType":"application/json","inputBodyJson":{"messages":[{"role":"user","content":[{"text":"Write a product description for a travel mug."}]}],"inferenceConfig":{"maxTokens":2048,"temperature":0.5}},"inputTokenCount":23},"output":{"outputContentType":"application/json","outputBodyJson":{"output":{"message":{"role":"assistant","content":[{"text":"Keep your coffee hot for hours..."}]}},"stopReason":"end_turn","metrics":{"latencyMs":8619},"usage":{"inputTokens":23,"outputTokens":412,"totalTokens":435}},"outputTokenCount":412}}
            """;
        Assert.True(new InvocationRecordParser().TryParse(Encoding.UTF8.GetBytes(line), out var record, out var reason), reason.ToString());

        Assert.True(Book.TryGetCost(record, out var quote));
        Assert.Equal((23 * 8 + 412 * 24) / 1e6, quote.Usd, 12);
    }

    [Fact]
    public void Dataset_wins_where_both_have_a_model_and_the_supplement_fills_the_rest()
    {
        var book = PriceBook.FromTables(Dataset, Encoding.UTF8.GetBytes("""
            {"version": "t", "models": [
              {"id": "amazon.nova-pro-v1:0", "prices": {"input_mtok": 99, "output_mtok": 99}, "source": "test", "source_date": "2026-12-01"},
              {"id": "acme.legacy-v1", "prices": {"input_mtok": 1, "output_mtok": 2}, "source": "test", "source_date": "2026-12-01"}
            ]}
            """));

        Assert.Equal(0.8, book.Resolve("amazon.nova-pro-v1:0").Model!.PricesAt(At)!.Input!.Base);
        Assert.Equal(PriceSource.Dataset, book.Resolve("amazon.nova-pro-v1:0").Model!.Source);
        Assert.Equal(PriceSource.Supplement, book.Resolve("acme.legacy-v1").Model!.Source);
        Assert.Equal("0.1.8+supplement-t", book.Version);
        Assert.Equal(94, book.Models.Count);
    }

    [Fact]
    public void No_dataset_rule_shadows_a_supplement_model()
    {
        foreach (var model in Book.Models.Where(m => m.Source == PriceSource.Supplement))
            Assert.Same(model, Book.Resolve(model.Id).Model);
    }

    [Theory]
    [InlineData("""{"models": [{"id": "x", "prices": {"input_mtok": 1}}]}""", "$.models[0]: has no \"source\"")]
    [InlineData("""{"models": [{"id": "x", "prices": {"input_mtok": 1}, "source": "s"}]}""", "$.models[0]: has no \"source_date\"")]
    [InlineData("""{"models": [{"id": "x", "prices": {"input_mtok": 1}, "source": "s", "source_date": "July"}]}""", "\"July\" is not a date")]
    [InlineData("""{"service_tiers": [{"model": "acme.none", "tier": "flex", "prices": {"input_mtok": 1}, "source": "s", "source_date": "2026-01-01"}]}""", "\"acme.none\" is not the id of any price entry")]
    [InlineData("""{"service_tiers": [{"model": "amazon.nova-pro-v1:0", "tier": "reserved", "prices": {"input_mtok": 1}, "source": "s", "source_date": "2026-01-01"}]}""", "reserved capacity is billed per tokens-per-minute")]
    [InlineData("""{"service_tiers": [{"model": "amazon.nova-pro-v1:0", "tier": "flex", "prices": {"input_mtok": 1}}]}""", "$.service_tiers[0]: has no \"source\"")]
    public void Supplement_entry_without_a_source_or_with_a_bad_reference_is_rejected(string json, string expected)
    {
        var e = Assert.Throws<PriceTableException>(() => PriceBook.FromTables(Dataset, Encoding.UTF8.GetBytes(json)));
        Assert.Contains(expected, e.Message);
    }
}
