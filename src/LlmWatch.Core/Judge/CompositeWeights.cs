using System.Globalization;

namespace LlmWatch.Core.Judge;

/// <summary>Weights of relevance, safety and tone in the composite score (default equal). The composite is always ours, never the judge's.</summary>
public sealed record CompositeWeights(double Relevance = 1, double Safety = 1, double Tone = 1)
{
    public static CompositeWeights Equal { get; } = new();

    /// <summary>Null when usable, else a message: each weight finite and ≥ 0, and not all 0.</summary>
    public string? Validate() =>
        new[] { Relevance, Safety, Tone }.Any(w => !double.IsFinite(w) || w < 0) ? "composite weights must be finite and >= 0"
        : Relevance + Safety + Tone <= 0 ? "composite weights must not all be 0"
        : null;

    /// <summary>Parses "relevance,safety,tone", e.g. "2,1,1"; null when malformed.</summary>
    public static CompositeWeights? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Equal;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3)
            return null;
        var values = new double[3];
        for (var i = 0; i < 3; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
                return null;
        }
        var weights = new CompositeWeights(values[0], values[1], values[2]);
        return weights.Validate() is null ? weights : null;
    }
}
