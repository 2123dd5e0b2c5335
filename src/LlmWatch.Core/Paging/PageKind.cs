namespace LlmWatch.Core.Paging;

/// <summary>Why a page is sent: the alarm fired, it escalated to another tier, or it cleared.</summary>
public enum PageKind
{
    Alarm,
    Escalation,
    Resolved,
}
