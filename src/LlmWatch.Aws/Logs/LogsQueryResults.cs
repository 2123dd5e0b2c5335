namespace LlmWatch.Aws.Logs;

/// <summary>One GetQueryResults answer: status and the rows so far (partial while running).</summary>
internal sealed record LogsQueryResults(LogsQueryStatus Status, IReadOnlyList<LogsResultRow> Rows,
    LogsQueryStatistics? Statistics);
