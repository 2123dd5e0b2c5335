namespace LlmWatch.Core.Correlation;

/// <summary>Rows of one Logs Insights query (field → string value), or why there are none.</summary>
public sealed record QueryResult(EvidenceStatus Status, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, string? Detail = null)
{
    public static QueryResult Complete(IReadOnlyList<IReadOnlyDictionary<string, string>> rows) => new(EvidenceStatus.Complete, rows);

    public static QueryResult TimedOut() => new(EvidenceStatus.TimedOut, [], "still running at the page deadline");

    public static QueryResult Failed(string detail) => new(EvidenceStatus.Failed, [], detail);
}
