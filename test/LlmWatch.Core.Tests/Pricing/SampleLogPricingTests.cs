using System.Text;
using System.Text.Json;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Pricing;

/// <summary>
/// The ten records of events/bedrock-invocation-logs.jsonl priced to figures worked out by hand from the reference
/// price table (USD per 1M tokens), independently of the embedded dataset.
/// </summary>
public sealed class SampleLogPricingTests
{
    // (model id as logged, expected USD or null when unpriced), in file order.
    private static readonly (string ModelId, double? Usd)[] Expected =
    [
        ("us.anthropic.claude-sonnet-4-20250514-v1:0", (412 * 3.00 + 2048 * 0.30 + 138 * 15.00) / 1e6),
        ("amazon.nova-lite-v1:0", (95 * 0.06 + 21 * 0.24) / 1e6),
        ("anthropic.claude-3-haiku-20240307-v1:0", (230 * 0.25 + 7 * 1.25) / 1e6),
        // 1500 one-hour cache writes; the dataset has no one-hour price for Haiku 4.5, so Anthropic's rule applies: 2 × 1.10.
        ("us.anthropic.claude-haiku-4-5-20251001-v1:0", (64 * 1.10 + 1500 * 2.20 + 52 * 5.50) / 1e6),
        ("us.meta.llama3-1-70b-instruct-v1:0", (51 * 0.72 + 9 * 0.72) / 1e6),
        ("us.anthropic.claude-sonnet-4-20250514-v1:0", 0), // throttled: no tokens
        ("amazon.titan-text-express-v1", (18 * 0.20 + 11 * 0.60) / 1e6),
        ("arn:aws:bedrock:us-east-1:444455556666:application-inference-profile/k3x9q2m7z1ab", null),
        ("amazon.nova-pro-v1:0", 0), // access denied: no tokens
        ("us.anthropic.claude-3-5-sonnet-20240620-v1:0", (37 * 3.00 + 24 * 15.00) / 1e6),
    ];

    [Fact]
    public void Each_sample_record_costs_what_the_reference_prices_say()
    {
        var book = PriceBook.LoadDefault();
        var records = SampleRecords();
        Assert.Equal(Expected.Length, records.Count);

        for (var i = 0; i < records.Count; i++)
        {
            var (modelId, at, tokens) = records[i];
            Assert.Equal(Expected[i].ModelId, modelId);
            var priced = book.TryGetCost(modelId, at, tokens, out var cost);
            Assert.Equal(Expected[i].Usd is not null, priced);
            Assert.Equal(Expected[i].Usd ?? 0, cost, 12);
        }
    }

    [Fact]
    public void Records_from_the_record_parser_price_the_same()
    {
        var book = PriceBook.LoadDefault();
        var parser = new InvocationRecordParser();
        var lines = File.ReadAllLines(RepoFiles.Event("bedrock-invocation-logs.jsonl")).Where(l => l.Length > 0).ToList();
        Assert.Equal(Expected.Length, lines.Count);

        for (var i = 0; i < lines.Count; i++)
        {
            Assert.True(parser.TryParse(Encoding.UTF8.GetBytes(lines[i]), out var record, out var reason), reason.ToString());
            var priced = book.TryGetCost(record.ModelId, record.Timestamp, record.Tokens, out var cost);
            Assert.Equal(Expected[i].Usd is not null, priced);
            Assert.Equal(Expected[i].Usd ?? 0, cost, 12);
        }
    }

    [Fact]
    public void Sample_total_in_cents_with_the_application_profile_mapped_by_an_override()
    {
        var book = PriceBook.Load(Encoding.UTF8.GetBytes("""
            {"aliases": {"arn:aws:bedrock:us-east-1:444455556666:application-inference-profile/k3x9q2m7z1ab":
                         "us.anthropic.claude-sonnet-4-20250514-v1:0"}}
            """), null);
        var cents = 0d;
        var unpriced = 0L;
        foreach (var (modelId, at, tokens) in SampleRecords())
        {
            if (book.TryGetCost(modelId, at, tokens, out var cost))
                cents += cost * 100;
            else
                unpriced += tokens.Total;
        }

        // Without the profile: 0.3920400 + 0.0010740 + 0.0066250 + 0.3656400 + 0.0043200 + 0.0010200 + 0.0471000
        // = 0.8178190 cents; the profile's 180412 in / 2210 out at Sonnet 4 prices adds 57.4386 cents.
        Assert.Equal(58.256419, cents, 9);
        Assert.Equal(0, unpriced);
    }

    private static List<(string ModelId, DateTimeOffset At, TokenCounts Tokens)> SampleRecords()
    {
        var records = new List<(string, DateTimeOffset, TokenCounts)>();
        foreach (var line in File.ReadLines(RepoFiles.Event("bedrock-invocation-logs.jsonl")))
        {
            if (line.Length == 0)
                continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var input = root.GetProperty("input");
            var tokens = new TokenCounts(
                Count(input, "inputTokenCount"),
                root.TryGetProperty("output", out var output) ? Count(output, "outputTokenCount") : 0,
                Count(input, "cacheReadInputTokenCount"),
                Count(input, "cacheWriteInputTokenCount"),
                OneHourWrites(root));
            records.Add((root.GetProperty("modelId").GetString()!, root.GetProperty("timestamp").GetDateTimeOffset(), tokens));
        }
        return records;
    }

    private static long Count(JsonElement parent, string name) => parent.TryGetProperty(name, out var v) ? v.GetInt64() : 0;

    // The one-hour split lives only in the Anthropic stream body (message_start usage).
    private static long OneHourWrites(JsonElement root)
    {
        if (!root.TryGetProperty("output", out var output) || !output.TryGetProperty("outputBodyJson", out var body)
            || body.ValueKind != JsonValueKind.Array)
            return 0;
        foreach (var chunk in body.EnumerateArray())
        {
            if (chunk.TryGetProperty("message", out var message) && message.TryGetProperty("usage", out var usage)
                && usage.TryGetProperty("cache_creation", out var creation))
                return Count(creation, "ephemeral_1h_input_tokens");
        }
        return 0;
    }
}
