namespace LlmWatch.Core.Correlation;

/// <summary>Whether a piece of evidence made it into the page.</summary>
public enum EvidenceStatus
{
    Complete,
    /// <summary>The query was still running at the deadline.</summary>
    TimedOut,
    Failed,
    /// <summary>Not applicable to this alarm, or no source configured.</summary>
    NotRun,
}
