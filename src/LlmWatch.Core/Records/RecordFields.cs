namespace LlmWatch.Core.Records;

/// <summary>The parser's scratch state for one record.</summary>
internal struct RecordFields
{
    public string? ModelId;
    public DateTimeOffset? Timestamp;
    public string? Caller;
    public string? Operation;
    public string? RequestId;
    public string? ErrorCode;
    public string? AccountId;
    public string? Region;
    public string? InferenceRegion;
    public long? Input;
    public long? Output;
    public long? CacheRead;
    public long? CacheWrite;
    public bool InputInS3;
    public bool OutputInS3;
    public BodyFacts Body;

    public readonly InvocationRecord ToRecord()
    {
        var cacheWrite = CacheWrite ?? 0;
        return new InvocationRecord
        {
            Timestamp = Timestamp!.Value,
            ModelId = ModelId!,
            Caller = Caller ?? CallerName.Unknown,
            Operation = Operation ?? "",
            RequestId = RequestId ?? "",
            ErrorCode = string.IsNullOrEmpty(ErrorCode) ? null : ErrorCode,
            AccountId = AccountId,
            Region = Region,
            InferenceRegion = InferenceRegion,
            Tokens = new TokenCounts(Input ?? 0, Output ?? 0, CacheRead ?? 0, cacheWrite,
                Math.Min(Body.CacheWrite1h ?? 0, cacheWrite)),
            LatencyMs = Body.ConverseLatencyMs ?? Body.InvocationLatencyMs,
            InputInS3 = InputInS3,
            OutputInS3 = OutputInS3,
        };
    }
}
