namespace LlmWatch.Core.Correlation;

/// <summary>Which log group a query reads; the runner maps it to configured group names.</summary>
public enum LogSource
{
    /// <summary>Bedrock model-invocation logs.</summary>
    InvocationLogs,
    /// <summary>The judge function's EMF records (namespace LlmWatch/Quality).</summary>
    JudgeLogs,
}
