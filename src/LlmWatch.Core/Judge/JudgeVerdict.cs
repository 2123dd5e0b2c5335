namespace LlmWatch.Core.Judge;

/// <summary>A validated verdict: one score per rubric criterion, in rubric order.</summary>
public sealed record JudgeVerdict(IReadOnlyList<CriterionScore> Scores)
{
    public double this[string key] => Scores.First(s => s.Key == key).Score;
}
