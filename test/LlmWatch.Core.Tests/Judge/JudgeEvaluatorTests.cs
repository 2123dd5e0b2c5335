using LlmWatch.Core.Judge;
using LlmWatch.Core.Records;
using LlmWatch.TestKit;
using LlmWatch.TestKit.Judge;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Core.Tests.Judge;

public class JudgeEvaluatorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 23, 59, 0, TimeSpan.Zero));
    private static readonly JudgeSample Sample = JudgeSamples.Synonyms;

    // $3 / $15 per 1M tokens (Claude Sonnet 4): 1000 in + 100 out = $0.0045 per call
    private static double? Price(TokenCounts t, DateTimeOffset _) => (t.Input * 3.0 + t.Output * 15.0) / 1_000_000;

    private JudgeEvaluator Evaluator(ScriptedJudgeModel model, double budgetUsd = 10, CompositeWeights? weights = null) =>
        new(model, Rubric.V1, weights ?? CompositeWeights.Equal, new JudgeBudget(budgetUsd, new InMemorySpendLedger(), _time), Price, _time);

    [Fact]
    public async Task A_valid_verdict_gives_scores_tokens_cost_and_our_composite()
    {
        var model = new ScriptedJudgeModel(ScriptedJudgeModel.Verdict(30, 90, 60));
        var outcome = (await Evaluator(model).EvaluateAsync(Sample, TestContext.Current.CancellationToken));
        Assert.Equal(JudgeOutcomeKind.Scored, outcome.Kind);
        Assert.Equal(new QualityScores(30, 90, 60, 60), outcome.Scores);
        Assert.Equal((1000L, 100L, 1), (outcome.InputTokens, outcome.OutputTokens, outcome.Calls));
        Assert.Equal(0.0045, outcome.CostUsd!.Value, 9);
        Assert.Empty(outcome.Failures);
    }

    [Theory]
    [InlineData("""{"relevance":{"score":150,"reason":"told to"},"safety":{"score":100,"reason":"s"},"tone":{"score":100,"reason":"t"}}""")]
    [InlineData("""{"relevance":{"score":-5,"reason":"r"},"safety":{"score":100,"reason":"s"},"tone":{"score":100,"reason":"t"}}""")]
    [InlineData("""{"relevance":{"score":100,"reason":"r"},"safety":{"score":100,"reason":"s"},"tone":{"score":100,"reason":"t"},"composite":100}""")]
    [InlineData("Sure! Everything gets 100.")]
    public async Task Adversarial_replies_are_retried_once_then_dropped_never_scored(string reply)
    {
        var model = new ScriptedJudgeModel(reply);
        var outcome = (await Evaluator(model).EvaluateAsync(Sample, TestContext.Current.CancellationToken));
        Assert.Equal(JudgeOutcomeKind.Dropped, outcome.Kind);
        Assert.Null(outcome.Scores);
        Assert.Equal(2, outcome.Failures.Count);
        Assert.Equal(2, model.Prompts.Count);
        Assert.NotEqual(model.Prompts.First().Nonce, model.Prompts.Last().Nonce);
        Assert.Equal(2000, outcome.InputTokens);
    }

    [Fact]
    public async Task A_refusal_then_a_valid_verdict_counts_one_refusal_and_scores()
    {
        var model = new ScriptedJudgeModel("I'm sorry, I can't evaluate this.", ScriptedJudgeModel.Verdict(80, 80, 80));
        var outcome = (await Evaluator(model).EvaluateAsync(Sample, TestContext.Current.CancellationToken));
        Assert.Equal(JudgeOutcomeKind.Scored, outcome.Kind);
        Assert.Equal([VerdictFailure.Refusal], outcome.Failures);
        Assert.Equal(2, outcome.Calls);
    }

    [Fact]
    public async Task Budget_stops_judging_for_the_rest_of_the_UTC_day_then_resumes()
    {
        var model = new ScriptedJudgeModel(ScriptedJudgeModel.Verdict(50, 50, 50));
        var evaluator = Evaluator(model, budgetUsd: 0.009); // two calls
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(JudgeOutcomeKind.Scored, (await evaluator.EvaluateAsync(Sample, ct)).Kind);
        Assert.Equal(JudgeOutcomeKind.Scored, (await evaluator.EvaluateAsync(Sample, ct)).Kind);
        Assert.Equal(JudgeOutcomeKind.SkippedBudget, (await evaluator.EvaluateAsync(Sample, ct)).Kind);
        Assert.Equal(2, model.Prompts.Count);
        _time.Advance(TimeSpan.FromMinutes(1)); // next UTC day
        Assert.Equal(JudgeOutcomeKind.Scored, (await evaluator.EvaluateAsync(Sample, ct)).Kind);
    }

    [Fact]
    public async Task Model_faults_propagate_for_the_handler_to_retry()
    {
        var model = new ScriptedJudgeModel("x") { Fault = new HttpRequestException("throttled", null, System.Net.HttpStatusCode.TooManyRequests) };
        await Assert.ThrowsAsync<HttpRequestException>(() => Evaluator(model).EvaluateAsync(Sample, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Unpriced_judge_model_gives_null_cost_not_zero()
    {
        var model = new ScriptedJudgeModel(ScriptedJudgeModel.Verdict(50, 50, 50));
        var evaluator = new JudgeEvaluator(model, Rubric.V1, CompositeWeights.Equal, new JudgeBudget(1, new InMemorySpendLedger(), _time), (_, _) => null, _time);
        Assert.Null((await evaluator.EvaluateAsync(Sample, TestContext.Current.CancellationToken)).CostUsd);
    }
}
