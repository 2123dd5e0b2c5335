using LlmWatch.Core.Errors;

namespace LlmWatch.Core.Records;

/// <summary>One Bedrock model-invocation log record, reduced to what metrics, cost and triage need.</summary>
public sealed record InvocationRecord
{
    /// <summary>When the invocation was made (the record's <c>timestamp</c>), UTC.</summary>
    public required DateTimeOffset Timestamp { get; init; }
    public required string ModelId { get; init; }
    /// <summary>Role or user name from <c>identity.arn</c>; "unknown" when the record has none.</summary>
    public required string Caller { get; init; }
    public string Operation { get; init; } = "";
    public string RequestId { get; init; } = "";
    public string? AccountId { get; init; }
    public string? Region { get; init; }
    public string? InferenceRegion { get; init; }
    public TokenCounts Tokens { get; init; }
    /// <summary>The tier the invocation was served and billed at (<c>serviceTier</c>, <c>performanceConfig.latency</c>); default until the record says otherwise.</summary>
    public ServiceTier ServiceTier { get; init; }
    /// <summary>For prompt-router invocations, the model that actually ran (<c>invokedModelId</c>); null otherwise. Cost is priced by this id when set.</summary>
    public string? InvokedModelId { get; init; }
    /// <summary>Latency from the record (Converse <c>metrics.latencyMs</c>, stream invocation metrics); null when the record carries none.</summary>
    public double? LatencyMs { get; init; }
    public string? ErrorCode { get; init; }
    public ErrorClass ErrorClass => ErrorClassifier.Classify(ErrorCode);
    public bool InputInS3 { get; init; }
    public bool OutputInS3 { get; init; }
}
