namespace LlmWatch.Core.Correlation;

/// <summary>One evidence table with its status; a section that is not complete says why.</summary>
public sealed record EvidenceSection<T>(EvidenceStatus Status, IReadOnlyList<T> Rows, string? Detail = null)
{
    public bool IsComplete => Status == EvidenceStatus.Complete;
}
