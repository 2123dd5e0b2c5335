namespace LlmWatch.Core.Correlation;

/// <summary>Errors in one minute for one error code and model.</summary>
public sealed record ErrorCountRow(DateTimeOffset Minute, string ErrorCode, string ModelId, long Count);
