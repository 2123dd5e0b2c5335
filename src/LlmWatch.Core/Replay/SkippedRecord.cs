using LlmWatch.Core.Records;

namespace LlmWatch.Core.Replay;

/// <summary>Where a skipped record was: file and line (or event number in a subscription event), and why.</summary>
public sealed record SkippedRecord(string Source, long Line, SkipReason Reason);
