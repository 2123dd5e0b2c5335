using System.Text;
using LlmWatch.Core.Judge;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Judge;

namespace LlmWatch.Core.Tests.Judge;

public class JudgeSamplerTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepoFiles.Event("bedrock-invocation-logs.jsonl")).Where(l => l.Length > 0).ToArray();

    private static JudgeSampler Run(JudgeSamplingOptions options)
    {
        var sampler = new JudgeSampler(options);
        foreach (var line in Lines)
            sampler.OnRecord(RawRecords.ToRecord(line), Encoding.UTF8.GetBytes(line));
        return sampler;
    }

    [Fact]
    public void At_rate_one_every_successful_record_with_text_is_sampled_and_S3_bodies_are_counted()
    {
        var sampler = Run(new JudgeSamplingOptions(Rate: 1));
        Assert.Equal(new JudgeSamplerStats(7, 1, 0, 0), sampler.Stats);
        var first = sampler.Samples[0];
        Assert.Equal(("6f1f0a52-3c7e-4d8a-9a43-0c2b1de0a101", "us.anthropic.claude-sonnet-4-20250514-v1:0", "checkout-api"), (first.RequestId, first.ModelId, first.Caller));
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 9, 15, 2, TimeSpan.Zero), first.Timestamp);
        Assert.DoesNotContain(sampler.Samples, s => s.RequestId.StartsWith("d9e0f1a2", StringComparison.Ordinal)); // throttled
    }

    [Fact]
    public void The_judges_own_calls_are_never_sampled()
    {
        var sampler = Run(new JudgeSamplingOptions(Rate: 1, JudgeCaller: "checkout-api"));
        Assert.Equal(3, sampler.Stats.ExcludedJudgeCalls);
        Assert.DoesNotContain(sampler.Samples, s => s.Caller == "checkout-api");
        Assert.Equal(6, sampler.Stats.Sampled);
    }

    [Fact]
    public void Rate_zero_samples_nothing_and_selection_matches_the_hash()
    {
        Assert.Empty(Run(new JudgeSamplingOptions(Rate: 0)).Samples);
        var half = Run(new JudgeSamplingOptions(Rate: 0.5));
        Assert.All(half.Samples, s => Assert.True(SampleSelector.Fraction(s.RequestId) < 0.5));
    }

    [Fact]
    public void Samples_round_trip_through_the_queue_message_codec()
    {
        var sample = Run(new JudgeSamplingOptions(Rate: 1)).Samples[3];
        var body = JudgeSampleCodec.Encode(sample);
        Assert.Contains("\"requestId\":", body, StringComparison.Ordinal);
        Assert.Equal(sample, JudgeSampleCodec.TryDecode(body));
        Assert.Null(JudgeSampleCodec.TryDecode("{\"requestId\":\"x\"}"));
        Assert.Null(JudgeSampleCodec.TryDecode("garbage"));
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Null(new JudgeSamplingOptions().Validate());
        Assert.NotNull(new JudgeSamplingOptions(Rate: 1.5).Validate());
        Assert.NotNull(new JudgeSamplingOptions(MaxTextChars: 10).Validate());
    }
}
