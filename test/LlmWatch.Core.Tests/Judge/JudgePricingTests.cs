using System.Buffers;
using System.Text;
using System.Text.Json;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Pricing;
using LlmWatch.TestKit.Judge;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Core.Tests.Judge;

/// <summary>The judge's own spend fails closed: no free calls from an unknown model or a reply without usage.</summary>
public sealed class JudgePricingTests
{
    private const string Sonnet = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    private static readonly PriceBook Book = PriceBook.LoadDefault();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    private static readonly JudgeSample Sample = JudgeSamples.Synonyms;

    private JudgeEvaluator Evaluator(ScriptedJudgeModel model, double budgetUsd) =>
        new(model, Rubric.V1, CompositeWeights.Equal, new JudgeBudget(budgetUsd, new InMemorySpendLedger(), _time),
            JudgePricing.FromPriceBook(Book, model.ModelId), _time);

    [Theory]
    [InlineData("acme.in-house-judge-v1")]
    [InlineData("arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/judge01")]
    public void A_judge_model_without_a_price_refuses_to_start_naming_the_model(string modelId)
    {
        var e = Assert.Throws<JudgeModelUnpricedException>(() => JudgePricing.FromPriceBook(Book, modelId));
        Assert.Contains(modelId, e.Message);
        Assert.Contains("does not start", e.Message);
        Assert.Contains("override", e.Message);
    }

    [Fact]
    public void A_judge_model_priced_without_an_output_price_refuses_to_start()
    {
        var e = Assert.Throws<JudgeModelUnpricedException>(() => JudgePricing.FromPriceBook(Book, "amazon.titan-embed-text-v1"));
        Assert.Contains("no output price", e.Message);
    }

    [Fact]
    public void A_judge_model_priced_by_the_override_file_starts()
    {
        var book = PriceBook.Load(Encoding.UTF8.GetBytes("""{"aliases": {"acme.in-house-judge-v1": "us.anthropic.claude-sonnet-4-20250514-v1:0"}}"""), Book);
        var call = JudgePricing.FromPriceBook(book, "acme.in-house-judge-v1").Price(new JudgePrompt("s", "u", "n"), new JudgeCompletion("{}", 1000, 100), _time.GetUtcNow());
        Assert.Equal(0.0045, call.Usd!.Value, 12);
        Assert.Equal(0, call.EstimatedTokens);
    }

    [Fact]
    public void A_reply_without_usage_is_counted_at_the_prompt_bytes_and_the_output_cap()
    {
        var prompt = new JudgePrompt("system é", "user prompt", "nonce"); // "é" is two UTF-8 bytes: 9 + 11 = 20 bytes
        var call = JudgePricing.FromPriceBook(Book, Sonnet).Price(prompt, new JudgeCompletion("{\"relevance\":1}", null, null), _time.GetUtcNow());

        Assert.Equal((20 * 3.0 + JudgePrompt.MaxOutputTokens * 15.0) / 1e6, call.Usd!.Value, 12);
        Assert.Equal(20 + JudgePrompt.MaxOutputTokens, call.EstimatedTokens);
        Assert.Equal((0L, 0L), (call.Reported.Input, call.Reported.Output));
    }

    [Fact]
    public void A_reply_that_reports_only_input_is_estimated_only_for_its_output()
    {
        var call = JudgePricing.FromPriceBook(Book, Sonnet).Price(new JudgePrompt("s", "u", "n"), new JudgeCompletion("ok", 1000, null), _time.GetUtcNow());
        Assert.Equal((1000 * 3.0 + 600 * 15.0) / 1e6, call.Usd!.Value, 12);
        Assert.Equal(600, call.EstimatedTokens);
    }

    [Fact]
    public async Task Usage_less_replies_exhaust_the_daily_cap_instead_of_judging_for_free()
    {
        // Before: 12 of 12 samples judged under a $0.01 cap because each call counted as $0.
        var model = new ScriptedJudgeModel(ScriptedJudgeModel.Verdict(80, 90, 70)) { ReportsUsage = false };
        var evaluator = Evaluator(model, budgetUsd: 0.01);
        var outcomes = new List<JudgeOutcome>();
        for (var i = 0; i < 12; i++)
            outcomes.Add(await evaluator.EvaluateAsync(Sample, TestContext.Current.CancellationToken));

        var judged = outcomes.Count(o => o.Kind == JudgeOutcomeKind.Scored);
        var perCall = outcomes[0].CostUsd!.Value;
        Assert.True(perCall >= 600 * 15.0 / 1e6, $"a call cost {perCall}"); // at least the output cap at Sonnet 4's $15
        Assert.Equal((int)Math.Ceiling(0.01 / perCall), judged); // sequential calls: the cap stops the next call
        Assert.Equal(12 - judged, outcomes.Count(o => o.Kind == JudgeOutcomeKind.SkippedBudget));
    }

    [Fact]
    public async Task Estimated_tokens_are_metered_as_JudgeUnpricedTokens_and_their_cost_as_JudgeCostUsd()
    {
        var model = new ScriptedJudgeModel(ScriptedJudgeModel.Verdict(80, 90, 70)) { ReportsUsage = false };
        var outcome = await Evaluator(model, budgetUsd: 10).EvaluateAsync(Sample, TestContext.Current.CancellationToken);
        var buffer = new ArrayBufferWriter<byte>();
        new QualityEmfWriter().Write([outcome], Rubric.V1.Version, model.ModelId, _time.GetUtcNow(), buffer);

        var emf = Encoding.UTF8.GetString(buffer.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.TryGetProperty("JudgeUnpricedTokens", out _));
        Assert.True(outcome.EstimatedTokens > JudgePrompt.MaxOutputTokens);
        Assert.Equal(outcome.EstimatedTokens, emf.GetProperty("JudgeUnpricedTokens").GetInt64());
        Assert.Equal(outcome.CostUsd!.Value, emf.GetProperty("JudgeCostUsd").GetDouble(), 9);
        Assert.Equal(0, emf.GetProperty("JudgeInputTokens").GetInt64()); // the reply reported none
    }

    [Fact]
    public async Task Offline_judge_without_prices_keeps_cost_null_and_meters_reported_tokens_as_unpriced()
    {
        var model = new ScriptedJudgeModel(ScriptedJudgeModel.Verdict(50, 50, 50));
        var evaluator = new JudgeEvaluator(model, Rubric.V1, CompositeWeights.Equal, new JudgeBudget(1, new InMemorySpendLedger(), _time), JudgePricing.Unpriced, _time);
        var outcome = await evaluator.EvaluateAsync(Sample, TestContext.Current.CancellationToken);
        Assert.Null(outcome.CostUsd);
        Assert.Equal(0, outcome.EstimatedTokens);
        Assert.Equal(1000, outcome.InputTokens);
    }
}
