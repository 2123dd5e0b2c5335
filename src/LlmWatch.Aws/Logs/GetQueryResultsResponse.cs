namespace LlmWatch.Aws.Logs;

/// <summary>Wire shape of GetQueryResults.</summary>
internal sealed record GetQueryResultsResponse
{
    public string? Status { get; init; }

    public IReadOnlyList<IReadOnlyList<LogsResultField>>? Results { get; init; }

    public LogsQueryStatistics? Statistics { get; init; }
}
