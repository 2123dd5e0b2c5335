using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Transport;

namespace LlmWatch.Aws.Logs;

/// <summary>
/// CloudWatch Logs Insights <c>StartQuery</c>/<c>GetQueryResults</c>/<c>StopQuery</c> over JSON 1.1 (stands in
/// for AWSSDK.CloudWatchLogs), plus <see cref="RunQueryAsync"/>: start, poll, and give up at a deadline.
/// </summary>
internal sealed class LogsInsightsClient
{
    private static readonly TimeSpan StopBudget = TimeSpan.FromSeconds(2);

    private readonly AwsJsonRpc _rpc;
    private readonly TimeProvider _time;

    public LogsInsightsClient(AwsTransport transport, TimeProvider timeProvider)
    {
        _rpc = new AwsJsonRpc(transport, "Logs_20140328", "1.1", queryCompatible: false);
        _time = timeProvider;
    }

    /// <summary>Starts <paramref name="query"/> and returns its query id.</summary>
    public async Task<string> StartQueryAsync(LogsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var request = new StartQueryRequest(query.LogGroupNames, query.Start.ToUnixTimeSeconds(),
            query.End.ToUnixTimeSeconds(), query.QueryString, query.Limit);
        var response = await _rpc.CallAsync("StartQuery", request, LogsJsonContext.Default.StartQueryRequest,
            LogsJsonContext.Default.StartQueryResponse, cancellationToken);
        return string.IsNullOrEmpty(response.QueryId)
            ? throw new AwsServiceException(_rpc.Service, "MalformedResponse", "StartQuery returned no queryId", 200, false)
            : response.QueryId;
    }

    /// <summary>Current status and rows of a query (rows are partial while it runs).</summary>
    public async Task<LogsQueryResults> GetQueryResultsAsync(string queryId, CancellationToken cancellationToken)
    {
        var response = await _rpc.CallAsync("GetQueryResults", new QueryIdRequest(queryId),
            LogsJsonContext.Default.QueryIdRequest, LogsJsonContext.Default.GetQueryResultsResponse, cancellationToken);
        var rows = (response.Results ?? []).Select(fields => new LogsResultRow(fields)).ToArray();
        return new LogsQueryResults(LogsQueryStatusParser.Parse(response.Status), rows, response.Statistics);
    }

    /// <summary>Asks the service to stop a running query; false when it was not running.</summary>
    public async Task<bool> StopQueryAsync(string queryId, CancellationToken cancellationToken)
    {
        var response = await _rpc.CallAsync("StopQuery", new QueryIdRequest(queryId),
            LogsJsonContext.Default.QueryIdRequest, LogsJsonContext.Default.StopQueryResponse, cancellationToken);
        return response.Success;
    }

    /// <summary>
    /// Starts <paramref name="query"/> and polls every <paramref name="pollInterval"/> until it reaches a terminal
    /// status. If <paramref name="deadline"/> passes or <paramref name="cancellationToken"/> fires first, returns
    /// at once with <see cref="LogsQueryOutcome.DeadlineExceeded"/> set and the last rows seen, and asks the service
    /// to stop the query in the background (best effort). Service errors that retries did not cure are thrown.
    /// </summary>
    public async Task<LogsQueryOutcome> RunQueryAsync(LogsQuery query, TimeSpan pollInterval, TimeSpan deadline,
        CancellationToken cancellationToken)
    {
        using var deadlineSource = new CancellationTokenSource(deadline, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadlineSource.Token);
        string? queryId = null;
        LogsQueryResults? last = null;
        try
        {
            queryId = await StartQueryAsync(query, linked.Token);
            while (true)
            {
                last = await GetQueryResultsAsync(queryId, linked.Token);
                if (last.Status.IsTerminal())
                {
                    return new LogsQueryOutcome(queryId, last.Status, last.Rows, last.Statistics, DeadlineExceeded: false);
                }

                await Task.Delay(pollInterval, _time, linked.Token);
            }
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            if (queryId is not null)
            {
                _ = StopQuietlyAsync(queryId);
            }

            return new LogsQueryOutcome(queryId, last?.Status ?? LogsQueryStatus.Unknown, last?.Rows ?? [],
                last?.Statistics, DeadlineExceeded: true);
        }
    }

    private async Task StopQuietlyAsync(string queryId)
    {
        try
        {
            using var budget = new CancellationTokenSource(StopBudget, _time);
            await StopQueryAsync(queryId, budget.Token);
        }
        catch (Exception e) when (e is AwsServiceException or OperationCanceledException)
        {
            // best effort: the query times out on its own; a stray query only costs scanned bytes
        }
    }
}
