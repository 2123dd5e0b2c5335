namespace LlmWatch.Core.Judge;

/// <summary>Per-model summary of judge outcomes (the offline judge's table and JSON).</summary>
public static class QualityReport
{
    /// <param name="callFailures">Samples whose judge call failed (after the client's own retries), by judged model id.</param>
    public static IReadOnlyList<QualityReportRow> Build(IReadOnlyList<JudgeOutcome> outcomes, IReadOnlyDictionary<string, int> callFailures)
    {
        var models = outcomes.Select(o => o.Sample.ModelId).Concat(callFailures.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. models.Select(model => Row(model, outcomes.Where(o => o.Sample.ModelId == model).ToList(), callFailures.GetValueOrDefault(model)))];
    }

    private static QualityReportRow Row(string model, List<JudgeOutcome> outcomes, int callFailures)
    {
        var scored = outcomes.Where(o => o.Scores is not null).Select(o => o.Scores!).ToList();
        var failures = outcomes.SelectMany(o => o.Failures).ToList();
        var called = outcomes.Where(o => o.Calls > 0).ToList();
        return new QualityReportRow(
            model,
            scored.Count,
            Mean(scored, s => s.Relevance),
            Mean(scored, s => s.Safety),
            Mean(scored, s => s.Tone),
            Mean(scored, s => s.Composite),
            outcomes.Count(o => o.Kind == JudgeOutcomeKind.Dropped),
            failures.Count(f => f != VerdictFailure.Refusal),
            failures.Count(f => f == VerdictFailure.Refusal),
            callFailures,
            outcomes.Count(o => o.Kind == JudgeOutcomeKind.SkippedBudget),
            called.Sum(o => o.InputTokens),
            called.Sum(o => o.OutputTokens),
            called.Any(o => o.CostUsd is null) ? null : called.Sum(o => o.CostUsd ?? 0));
    }

    private static double? Mean(List<QualityScores> scores, Func<QualityScores, double> pick) =>
        scores.Count == 0 ? null : QualityScores.Clamp(scores.Average(pick));
}
