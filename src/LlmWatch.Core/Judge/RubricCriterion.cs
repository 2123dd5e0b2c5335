namespace LlmWatch.Core.Judge;

/// <summary>One scored criterion: its JSON key in the verdict and the definition given to the judge.</summary>
public sealed record RubricCriterion(string Key, string Definition);
