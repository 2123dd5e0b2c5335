namespace LlmWatch.Core.Correlation;

/// <summary>The evidence tables a page can carry.</summary>
public enum EvidenceKind
{
    ErrorsByCode,
    SlowestRequests,
    TopCallers,
    TopCallersPrevious,
    LowJudgeScores,
    MetricHistory,
}
