namespace LlmWatch.Aws.Logs;

/// <summary>Maps the wire status string; anything unexpected is <see cref="LogsQueryStatus.Unknown"/> (terminal).</summary>
internal static class LogsQueryStatusParser
{
    public static LogsQueryStatus Parse(string? status) => status switch
    {
        "Scheduled" => LogsQueryStatus.Scheduled,
        "Running" => LogsQueryStatus.Running,
        "Complete" => LogsQueryStatus.Complete,
        "Failed" => LogsQueryStatus.Failed,
        "Cancelled" => LogsQueryStatus.Cancelled,
        "Timeout" => LogsQueryStatus.Timeout,
        _ => LogsQueryStatus.Unknown,
    };

    public static bool IsTerminal(this LogsQueryStatus status) =>
        status is not (LogsQueryStatus.Scheduled or LogsQueryStatus.Running);
}
