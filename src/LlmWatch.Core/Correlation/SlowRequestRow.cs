namespace LlmWatch.Core.Correlation;

/// <summary>One slow request. <paramref name="OutputText"/> is filled only when text is opted in.</summary>
public sealed record SlowRequestRow(
    DateTimeOffset? Timestamp, string RequestId, string ModelId, string Caller, double LatencyMs,
    long InputTokens, long OutputTokens, string? OutputText = null);
