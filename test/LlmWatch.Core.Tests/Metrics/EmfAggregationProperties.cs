using System.Text;
using System.Text.Json;
using CsCheck;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Tests.Metrics;

public class EmfAggregationProperties
{
    private static readonly string[] Errors = ["", "", "", "ThrottlingException", "ModelTimeoutException", "ValidationException", "AccessDeniedException", "Weird"];

    private static readonly Gen<InvocationRecord> RecordGen =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Long[0, 100_000], Gen.Long[0, 5_000], Gen.Long[0, 3_000],
            Gen.Double[-30_000, 60_000], Gen.Int[0, Errors.Length - 1])
        .Select(t => new InvocationRecord
        {
            Timestamp = new DateTimeOffset(2026, 5, 4, 9, t.Item1, 7, TimeSpan.Zero),
            ModelId = $"model-{t.Item2}",
            Caller = $"caller-{t.Item3}",
            RequestId = "r",
            Tokens = new TokenCounts(t.Item4, t.Item5, t.Item6, t.Item6 / 2),
            LatencyMs = t.Item7 < 0 ? null : Math.Round(t.Item7, 3),
            ErrorCode = Errors[t.Item8] is { Length: > 0 } e ? e : null,
        });

    [Fact]
    public void Aggregated_emf_preserves_count_sum_min_and_max_of_every_metric()
    {
        RecordGen.List[0, 400].Sample(records =>
        {
            var lines = EmfTestSupport.Aggregate(records, out _);
            var emf = EmfTestSupport.Lines(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
            Check(records.Count, emf, "Invocations");
            Check(records.Sum(r => r.Tokens.Input), emf, "InputTokens");
            Check(records.Sum(r => r.Tokens.Output), emf, "OutputTokens");
            Check(records.Sum(r => r.Tokens.CacheRead), emf, "CacheReadInputTokens");
            Check(records.Sum(r => r.Tokens.CacheWrite), emf, "CacheWriteInputTokens");
            Check(records.Count(r => r.ErrorCode is not null), emf, "Errors");
            Check(records.Count(r => r.ErrorCode == "ThrottlingException"), emf, "ThrottlingErrors");
            Check(records.Count(r => r.ErrorCode == "Weird"), emf, "OtherErrors");

            var expected = records.Where(r => r.LatencyMs is not null).Select(r => r.LatencyMs!.Value).ToList();
            var actual = emf.Where(l => l.TryGetProperty("LatencyMs", out _))
                .SelectMany(l => l.GetProperty("LatencyMs").EnumerateArray().Select(v => v.GetDouble())).ToList();
            Assert.Equal(expected.Count, actual.Count);
            if (expected.Count > 0)
            {
                Assert.Equal(expected.Sum(), actual.Sum(), 6);
                Assert.Equal(expected.Min(), actual.Min());
                Assert.Equal(expected.Max(), actual.Max());
            }
            // per model: the [ModelId] roll-up equals the model's records
            foreach (var group in records.GroupBy(r => r.ModelId))
            {
                var modelLines = emf.Where(l => l.GetProperty("ModelId").GetString() == group.Key).ToList();
                Check(group.Count(), modelLines, "Invocations");
                Check(group.Sum(r => r.Tokens.Input), modelLines, "InputTokens");
            }
            Assert.True(emf.All(l => !l.TryGetProperty("LatencyMs", out var a) || a.GetArrayLength() <= 100));
        }, iter: 60);
    }

    private static void Check(long expected, List<JsonElement> emf, string metric) =>
        Assert.Equal(expected, emf.Where(l => l.TryGetProperty(metric, out _)).Sum(l => l.GetProperty(metric).GetInt64()));
}
