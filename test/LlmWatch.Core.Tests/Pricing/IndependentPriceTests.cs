using System.Text.Json;
using CsCheck;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.Core.Tests.Pricing.Reference;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Pricing;

/// <summary>
/// The price book against <see cref="ReferencePricer"/>, an implementation of README "Pricing" written separately over
/// the raw JSON files, on generated invocations: every dataset and supplement model (reached through plain ids,
/// cross-region prefixes and ARNs), dates around every dated price, prompts around every tier step, every cache kind
/// with the one-hour split, and every service tier. Both must agree exactly, priced or unpriced.
/// </summary>
public sealed class IndependentPriceTests
{
    private static readonly ReferencePricer Reference = ReferencePricer.FromRepository();
    private static readonly PriceBook Book = PriceBook.LoadDefault();
    private static readonly string[] Ids = CandidateIds();
    private static readonly DateTimeOffset[] Dates = CandidateDates();
    private static readonly long[] Steps = StepStarts();

    // The tiers as the price file names them, written out here rather than taken from the product.
    private static readonly (ServiceTier Tier, string Name)[] Tiers =
    [
        (ServiceTier.Default, "default"), (ServiceTier.Priority, "priority"), (ServiceTier.Flex, "flex"),
        (ServiceTier.Reserved, "reserved"), (ServiceTier.LatencyOptimized, "latency_optimized"), (ServiceTier.Other, "other"),
    ];

    private static readonly Gen<long> Prompt = Gen.OneOf(
        Gen.Long[0, 3_000], Gen.Long[0, 1_200_000],
        Gen.Int[0, Math.Max(0, Steps.Length - 1)].SelectMany(i => Gen.Long[Steps[i] - 1, Steps[i] + 1]));

    private static readonly Gen<(long Input, long Output, long Read, long Write, long Hour)> Tokens =
        Gen.Select(Prompt, Gen.OneOf(Gen.Const(0L), Gen.Long[0, 60_000]), Gen.OneOf(Gen.Const(0L), Gen.Long[0, 300_000]),
                Gen.OneOf(Gen.Const(0L), Gen.Long[0, 300_000]))
            .SelectMany(t => Gen.OneOf(Gen.Const(0L), Gen.Long[0, t.Item4], Gen.Const(t.Item4), Gen.Long[0, t.Item4 + 50])
                .Select(hour => (t.Item1, t.Item2, t.Item3, t.Item4, hour)));

    [Fact]
    public void Product_and_reference_agree_on_every_generated_invocation()
    {
        var priced = 0;
        Gen.Select(Gen.Int[0, Ids.Length - 1], Gen.Int[0, Dates.Length - 1], Tokens, Gen.Int[0, Tiers.Length - 1]).Sample(c =>
        {
            var (idIndex, dateIndex, t, tierIndex) = c;
            var (id, at, (tier, tierName)) = (Ids[idIndex], Dates[dateIndex], Tiers[tierIndex]);
            var expected = Reference.Cost(id, at, t.Input, t.Output, t.Read, t.Write, t.Hour, tierName);
            var isPriced = Book.TryGetCost(id, at, new TokenCounts(t.Input, t.Output, t.Read, t.Write, t.Hour), tier, out var quote);
            Assert.True(expected.HasValue == isPriced, $"{id} at {at:O} ({tierName}): reference {(expected.HasValue ? "prices" : "leaves unpriced")}, product {(isPriced ? "prices" : "does not")}");
            if (expected is { } usd)
            {
                Assert.True(usd == quote.Usd, $"{id} at {at:O} ({tierName}) {t}: reference {usd:R}, product {quote.Usd:R}");
                priced++;
            }
        }, iter: 20_000, threads: 1);
        Assert.True(priced > 5_000, $"only {priced} of 20000 generated cases were priced");
    }

    [Fact]
    public void Generated_ids_reach_every_dataset_and_supplement_model_and_every_tier_price()
    {
        var reached = Ids.Select(Reference.Find).Where(m => m is not null).Select(m => m!.Id).ToHashSet(StringComparer.Ordinal);
        var missing = Reference.Models.Where(m => !reached.Contains(m.Id)).Select(m => m.Id).ToList();
        Assert.True(missing.Count == 0, "never reached: " + string.Join(", ", missing));
        Assert.Equal(Book.Models.Count, Reference.Models.Count);
        Assert.Equal(7, Reference.Models.Sum(m => m.Tiers.Count));
    }

    [Fact]
    public void Both_resolve_each_generated_id_to_the_same_entry()
    {
        foreach (var id in Ids)
            Assert.True(Reference.Find(id)?.Id == Book.Resolve(id).Model?.Id, $"{id}: reference {Reference.Find(id)?.Id}, product {Book.Resolve(id).Model?.Id}");
    }

    private static string[] CandidateIds()
    {
        var bases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in Reference.Models)
        {
            bases.Add(model.Id);
            foreach (var prefix in new[] { "regional.", "global." })
            {
                if (model.Id.StartsWith(prefix, StringComparison.Ordinal))
                    bases.Add(model.Id[prefix.Length..]);
            }
            foreach (var leaf in Leaves(model.Match))
            {
                bases.Add(leaf);
                bases.Add(leaf + "-v1:0");
                bases.Add(leaf + ":0:200k");
            }
        }
        var ids = new HashSet<string>(StringComparer.Ordinal) { "", "acme.unknown-v1:0", "arn:aws:bedrock", "  Amazon.Nova-Pro-V1:0 " };
        foreach (var b in bases)
        {
            foreach (var prefix in new[] { "", "us.", "eu.", "apac.", "jp.", "au.", "us-gov.", "ca.", "global." })
                ids.Add(prefix + b);
            ids.Add("arn:aws:bedrock:us-east-1::foundation-model/" + b);
            ids.Add("arn:aws:bedrock:us-east-1:111122223333:inference-profile/us." + b);
            ids.Add("arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/" + b);
            ids.Add(b.ToUpperInvariant());
        }
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Leaves(JsonElement rule)
    {
        var op = rule.EnumerateObject().Single();
        if (op.Value.ValueKind == JsonValueKind.Array)
            return op.Value.EnumerateArray().SelectMany(Leaves);
        return op.Name == "regex" ? [] : [op.Value.GetString()!.ToLowerInvariant()];
    }

    private static DateTimeOffset[] CandidateDates()
    {
        var days = new List<DateOnly> { new(2024, 1, 1), new(2026, 11, 22), new(2027, 6, 1) };
        foreach (var model in Reference.Models)
        {
            foreach (var (start, _) in model.Entries)
            {
                if (start is { } day)
                    days.AddRange([day.AddDays(-1), day, day.AddDays(1)]);
            }
        }
        // Each day at noon UTC, and at 01:00 +02:00 (the previous UTC day) to check the UTC-date rule.
        return [.. days.Distinct().SelectMany(d => new[]
        {
            new DateTimeOffset(d.Year, d.Month, d.Day, 12, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(d.Year, d.Month, d.Day, 1, 0, 0, TimeSpan.FromHours(2)),
        })];
    }

    private static long[] StepStarts() =>
        [.. Reference.Models.SelectMany(m => m.Entries.SelectMany(e => e.Prices.Values))
            .SelectMany(p => p.Steps.Select(s => s.Start)).Distinct().Order()];
}
