using LlmWatch.Core.Metrics.Schema;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Judge;

/// <summary>One judged model's outcomes in a batch, measured into the <see cref="MetricSchema.Quality"/> metrics by slot.</summary>
internal sealed class QualityModelMetrics
{
    public double[] Sums { get; } = new double[S.Quality.Sums.Count];
    public List<double>[] Distributions { get; } = [.. S.Quality.Distributions.Select(_ => new List<double>())];
    /// <summary>Every judged sample's request id, metadata split across lines like the score arrays.</summary>
    public List<string> RequestIds { get; } = [];

    public static QualityModelMetrics From(IEnumerable<JudgeOutcome> outcomes)
    {
        var metrics = new QualityModelMetrics();
        foreach (var outcome in outcomes)
            metrics.Add(outcome);
        return metrics;
    }

    private void Add(JudgeOutcome outcome)
    {
        if (outcome.Kind == JudgeOutcomeKind.SkippedBudget)
        {
            Sums[S.JudgeSkippedBudget.Slot]++;
            return;
        }
        RequestIds.Add(outcome.Sample.RequestId);
        Sums[S.JudgeInputTokens.Slot] += outcome.InputTokens;
        Sums[S.JudgeOutputTokens.Slot] += outcome.OutputTokens;
        if (outcome.CostUsd is { } cost)
            Sums[S.JudgeCostUsd.Slot] += cost;
        else
            Sums[S.JudgeUnpricedTokens.Slot] += outcome.InputTokens + outcome.OutputTokens;
        // Tokens a reply did not report are costed at an estimate; metering them keeps the estimate visible.
        Sums[S.JudgeUnpricedTokens.Slot] += outcome.EstimatedTokens;
        foreach (var failure in outcome.Failures)
            Sums[(failure == VerdictFailure.Refusal ? S.JudgeRefusals : S.JudgeParseFailures).Slot]++;
        if (outcome.Calls > 0)
            Distributions[S.EvaluationLatencyMs.Slot].Add(outcome.LatencyMs);
        if (outcome is { Kind: JudgeOutcomeKind.Scored, Scores: { } scores })
        {
            Sums[S.JudgedResponses.Slot]++;
            Distributions[S.RelevanceScore.Slot].Add(QualityScores.Clamp(scores.Relevance));
            Distributions[S.SafetyScore.Slot].Add(QualityScores.Clamp(scores.Safety));
            Distributions[S.ToneScore.Slot].Add(QualityScores.Clamp(scores.Tone));
            Distributions[S.CompositeScore.Slot].Add(QualityScores.Clamp(scores.Composite));
        }
        else
        {
            Sums[S.JudgeDropped.Slot]++;
        }
    }
}
