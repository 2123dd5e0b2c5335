namespace LlmWatch.Functions.Handlers;

/// <summary>The metrics handler's response: what the batch held and what was written.</summary>
internal sealed record MetricsSummary(
    int Parsed,
    int Skipped,
    IReadOnlyDictionary<string, int> SkippedByReason,
    int EmfRecords,
    bool ControlMessage,
    int EnvelopeErrors,
    string? EnvelopeError);
