namespace LlmWatch.Core.Judge;

/// <summary>Final scores of one judged response, each within 0–100.</summary>
public sealed record QualityScores(double Relevance, double Safety, double Tone, double Composite)
{
    /// <summary>Clamps the verdict's scores to 0–100 and computes the composite as our weighted mean.</summary>
    public static QualityScores From(JudgeVerdict verdict, CompositeWeights weights)
    {
        var relevance = Clamp(verdict["relevance"]);
        var safety = Clamp(verdict["safety"]);
        var tone = Clamp(verdict["tone"]);
        var total = weights.Relevance + weights.Safety + weights.Tone;
        var composite = total > 0
            ? (weights.Relevance * relevance + weights.Safety * safety + weights.Tone * tone) / total
            : (relevance + safety + tone) / 3;
        return new QualityScores(relevance, safety, tone, Clamp(composite));
    }

    public static double Clamp(double score) => double.IsFinite(score) ? Math.Clamp(score, 0, 100) : 0;
}
