using LlmWatch.Core.Ports;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Judge;

/// <summary>
/// Judges one sample: budget check, prompt with a fresh nonce, model call, strict verdict parsing, one retry on a
/// rejected reply, then scores (clamped, composite computed here). Exceptions from the model propagate: they are the
/// retryable faults (throttling, 5xx) the handler reports as batch item failures.
/// </summary>
public sealed class JudgeEvaluator(
    IJudgeModel model,
    Rubric rubric,
    CompositeWeights weights,
    JudgeBudget budget,
    JudgePricing pricing,
    TimeProvider time,
    Func<string>? nonce = null)
{
    private const int MaxAttempts = 2;
    private readonly JudgePromptBuilder _prompts = new(rubric);
    private readonly VerdictParser _parser = new(rubric);
    private readonly Func<string> _nonce = nonce ?? JudgePromptBuilder.NewNonce;

    /// <summary>Prices calls with a plain token price (null: no price); replies without usage are counted at <see cref="JudgePricing"/>'s estimate.</summary>
    public JudgeEvaluator(
        IJudgeModel model, Rubric rubric, CompositeWeights weights, JudgeBudget budget, Func<TokenCounts, DateTimeOffset, double?> price,
        TimeProvider time, Func<string>? nonce = null)
        : this(model, rubric, weights, budget, new JudgePricing(price), time, nonce)
    {
    }

    public Rubric Rubric => rubric;

    public string JudgeModelId => model.ModelId;

    public async Task<JudgeOutcome> EvaluateAsync(JudgeSample sample, CancellationToken cancellationToken)
    {
        if (await budget.IsExhaustedAsync(cancellationToken))
            return new JudgeOutcome { Kind = JudgeOutcomeKind.SkippedBudget, Sample = sample };

        var failures = new List<VerdictFailure>(MaxAttempts);
        long inputTokens = 0, outputTokens = 0, estimatedTokens = 0;
        double? cost = 0;
        var elapsed = TimeSpan.Zero;
        var detail = "";
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var prompt = _prompts.Build(sample, _nonce());
            var started = time.GetTimestamp();
            var completion = await model.CompleteAsync(prompt, cancellationToken);
            elapsed += time.GetElapsedTime(started);

            var call = pricing.Price(prompt, completion, time.GetUtcNow());
            inputTokens += call.Reported.Input;
            outputTokens += call.Reported.Output;
            estimatedTokens += call.EstimatedTokens;
            cost = cost is null || call.Usd is null ? null : cost + call.Usd;
            if (call.Usd is > 0)
                await budget.RecordAsync(call.Usd.Value, cancellationToken);

            var parsed = _parser.Parse(completion.Text);
            if (parsed.Verdict is { } verdict)
            {
                return Outcome(JudgeOutcomeKind.Scored) with { Verdict = verdict, Scores = QualityScores.From(verdict, weights) };
            }
            failures.Add(parsed.Failure);
            detail = parsed.Detail;
        }
        return Outcome(JudgeOutcomeKind.Dropped);

        JudgeOutcome Outcome(JudgeOutcomeKind kind) => new()
        {
            Kind = kind,
            Sample = sample,
            Failures = failures,
            FailureDetail = detail,
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            EstimatedTokens = estimatedTokens,
            CostUsd = cost,
            LatencyMs = elapsed.TotalMilliseconds,
            Calls = failures.Count + (kind == JudgeOutcomeKind.Scored ? 1 : 0),
        };
    }
}
