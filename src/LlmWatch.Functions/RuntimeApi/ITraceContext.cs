namespace LlmWatch.Functions.RuntimeApi;

/// <summary>Where the per-invocation X-Ray trace header is published (the <c>_X_AMZN_TRACE_ID</c> variable).</summary>
internal interface ITraceContext
{
    void SetTraceId(string? traceId);
}
