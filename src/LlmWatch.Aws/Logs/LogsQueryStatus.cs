namespace LlmWatch.Aws.Logs;

/// <summary>Logs Insights query status; <see cref="Scheduled"/> and <see cref="Running"/> are the only non-terminal ones.</summary>
internal enum LogsQueryStatus
{
    Unknown,
    Scheduled,
    Running,
    Complete,
    Failed,
    Cancelled,
    Timeout,
}
