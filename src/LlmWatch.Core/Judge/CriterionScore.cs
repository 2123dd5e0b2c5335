namespace LlmWatch.Core.Judge;

/// <summary>The judge's score for one criterion, 0–100, with its one-line reason.</summary>
public sealed record CriterionScore(string Key, double Score, string Reason);
