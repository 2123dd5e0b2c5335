namespace LlmWatch.Core.Pricing;

/// <summary>The genai-prices match operators.</summary>
public enum MatchKind
{
    Contains,
    StartsWith,
    EndsWith,
    EqualsId,
    Regex,
    And,
    Or,
}
