namespace LlmWatch.Aws.Logs;

/// <summary>
/// What <see cref="LogsInsightsClient.RunQueryAsync"/> ended with. When <see cref="DeadlineExceeded"/> is true the
/// deadline or caller's token fired first: <see cref="Status"/> and <see cref="Rows"/> are the last ones seen
/// (possibly <see cref="LogsQueryStatus.Unknown"/> and empty) and the query was asked to stop.
/// </summary>
internal sealed record LogsQueryOutcome(
    string? QueryId,
    LogsQueryStatus Status,
    IReadOnlyList<LogsResultRow> Rows,
    LogsQueryStatistics? Statistics,
    bool DeadlineExceeded)
{
    public bool IsComplete => !DeadlineExceeded && Status == LogsQueryStatus.Complete;
}
