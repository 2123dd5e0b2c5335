namespace LlmWatch.Core.Metrics;

/// <summary>What one subscription batch held and what was written for it.</summary>
public sealed record BatchResult
{
    /// <summary>Log events in the batch.</summary>
    public int Total { get; init; }
    public int Parsed { get; init; }
    public int Skipped { get; init; }
    public IReadOnlyDictionary<string, int> SkippedByReason { get; init; } = new Dictionary<string, int>();
    public int EmfRecords { get; init; }
    public bool IsControlMessage { get; init; }
    /// <summary>Why the envelope could not be decoded; null when it could.</summary>
    public string? EnvelopeError { get; init; }
}
