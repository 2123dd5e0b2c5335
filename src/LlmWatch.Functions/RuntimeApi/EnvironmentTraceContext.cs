namespace LlmWatch.Functions.RuntimeApi;

/// <summary>Sets <c>_X_AMZN_TRACE_ID</c> for each invocation, as the Runtime API contract asks; the X-Ray SDK reads it.</summary>
internal sealed class EnvironmentTraceContext : ITraceContext
{
    public const string VariableName = "_X_AMZN_TRACE_ID";

    // One invocation at a time, so a process-wide variable is safe here.
    public void SetTraceId(string? traceId) => Environment.SetEnvironmentVariable(VariableName, traceId);
}
