namespace LlmWatch.Aws.Logs;

/// <summary>How much a query scanned and matched.</summary>
internal sealed record LogsQueryStatistics
{
    public double RecordsMatched { get; init; }

    public double RecordsScanned { get; init; }

    public double BytesScanned { get; init; }
}
