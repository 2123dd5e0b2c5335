namespace LlmWatch.Core.Paging;

/// <summary>How urgent a page is; shown first in the subject.</summary>
public enum Severity
{
    Critical,
    Warning,
    Info,
}
