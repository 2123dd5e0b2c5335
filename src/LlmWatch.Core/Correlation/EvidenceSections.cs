namespace LlmWatch.Core.Correlation;

/// <summary>Factory helpers for <see cref="EvidenceSection{T}"/>.</summary>
public static class EvidenceSections
{
    public static EvidenceSection<T> NotRun<T>(string detail) => new(EvidenceStatus.NotRun, [], detail);

    public static EvidenceSection<T> Complete<T>(IReadOnlyList<T> rows) => new(EvidenceStatus.Complete, rows);
}
