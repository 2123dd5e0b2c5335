using System.Text.Json;
using N = LlmWatch.Core.Judge.QualityMetricNames;

namespace LlmWatch.Core.Judge;

/// <summary>One judged model's outcomes in a batch, reduced to score series and counters.</summary>
internal sealed class QualityModelMetrics
{
    public static readonly string[] CounterNames =
    [
        N.JudgedResponses, N.JudgeInputTokens, N.JudgeOutputTokens, N.JudgeCostUsd, N.JudgeUnpricedTokens,
        N.JudgeParseFailures, N.JudgeRefusals, N.JudgeDropped, N.JudgeSkippedBudget,
    ];

    public List<double> Relevance { get; } = [];
    public List<double> Safety { get; } = [];
    public List<double> Tone { get; } = [];
    public List<double> Composite { get; } = [];
    public List<double> LatencyMs { get; } = [];
    public List<string> RequestIds { get; } = [];
    private long _inputTokens, _outputTokens, _unpricedTokens, _parseFailures, _refusals, _dropped, _skippedBudget;
    private double _costUsd;

    public int MaxSeries => Math.Max(Math.Max(Composite.Count, LatencyMs.Count), RequestIds.Count);

    public static QualityModelMetrics From(IReadOnlyList<JudgeOutcome> outcomes)
    {
        var metrics = new QualityModelMetrics();
        foreach (var outcome in outcomes)
            metrics.Add(outcome);
        return metrics;
    }

    public IEnumerable<(string Name, string Unit, List<double> Values)> Series()
    {
        yield return (N.RelevanceScore, "None", Relevance);
        yield return (N.SafetyScore, "None", Safety);
        yield return (N.ToneScore, "None", Tone);
        yield return (N.CompositeScore, "None", Composite);
        yield return (N.EvaluationLatencyMs, "Milliseconds", LatencyMs);
    }

    public void WriteCounters(Utf8JsonWriter json)
    {
        json.WriteNumber(N.JudgedResponses, Composite.Count);
        json.WriteNumber(N.JudgeInputTokens, _inputTokens);
        json.WriteNumber(N.JudgeOutputTokens, _outputTokens);
        json.WriteNumber(N.JudgeCostUsd, Math.Round(_costUsd, 9));
        json.WriteNumber(N.JudgeUnpricedTokens, _unpricedTokens);
        json.WriteNumber(N.JudgeParseFailures, _parseFailures);
        json.WriteNumber(N.JudgeRefusals, _refusals);
        json.WriteNumber(N.JudgeDropped, _dropped);
        json.WriteNumber(N.JudgeSkippedBudget, _skippedBudget);
    }

    private void Add(JudgeOutcome outcome)
    {
        if (outcome.Kind == JudgeOutcomeKind.SkippedBudget)
        {
            _skippedBudget++;
            return;
        }
        RequestIds.Add(outcome.Sample.RequestId);
        _inputTokens += outcome.InputTokens;
        _outputTokens += outcome.OutputTokens;
        if (outcome.CostUsd is { } cost)
            _costUsd += cost;
        else
            _unpricedTokens += outcome.InputTokens + outcome.OutputTokens;
        // Tokens a reply did not report are costed at an estimate; metering them keeps the estimate visible.
        _unpricedTokens += outcome.EstimatedTokens;
        foreach (var failure in outcome.Failures)
        {
            if (failure == VerdictFailure.Refusal)
                _refusals++;
            else
                _parseFailures++;
        }
        if (outcome.Calls > 0)
            LatencyMs.Add(outcome.LatencyMs);
        if (outcome is { Kind: JudgeOutcomeKind.Scored, Scores: { } scores })
        {
            Relevance.Add(QualityScores.Clamp(scores.Relevance));
            Safety.Add(QualityScores.Clamp(scores.Safety));
            Tone.Add(QualityScores.Clamp(scores.Tone));
            Composite.Add(QualityScores.Clamp(scores.Composite));
        }
        else
        {
            _dropped++;
        }
    }
}
