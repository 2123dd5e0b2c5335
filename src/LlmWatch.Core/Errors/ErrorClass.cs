namespace LlmWatch.Core.Errors;

/// <summary>How an invocation failed, in the classes alarms and dashboards use.</summary>
public enum ErrorClass
{
    None,
    Throttling,
    ServerError,
    ModelError,
    AccessDenied,
    Other,
}
