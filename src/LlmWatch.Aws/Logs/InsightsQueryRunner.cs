using LlmWatch.Aws.Errors;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.Ports;

namespace LlmWatch.Aws.Logs;

/// <summary>Runs correlation queries with <see cref="LogsInsightsClient.RunQueryAsync"/>; service errors become failed results.</summary>
internal sealed class InsightsQueryRunner(
    LogsInsightsClient logs, IReadOnlyList<string> invocationLogGroups, string? judgeLogGroup, TimeSpan deadline) : ICorrelationQueryRunner
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public async Task<QueryResult> RunAsync(ICorrelationQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> groups = query.Source == LogSource.JudgeLogs
            ? judgeLogGroup is null ? [] : [judgeLogGroup]
            : invocationLogGroups;
        if (groups.Count == 0)
            return new QueryResult(EvidenceStatus.NotRun, [], "no log group configured");
        try
        {
            var outcome = await logs.RunQueryAsync(
                new LogsQuery(groups, query.Window.Start, query.Window.End, query.Render()), PollInterval, deadline, cancellationToken)
;
            if (outcome.DeadlineExceeded)
                return QueryResult.TimedOut();
            if (outcome.Status != LogsQueryStatus.Complete)
                return QueryResult.Failed($"query ended {outcome.Status}");
            return QueryResult.Complete(outcome.Rows.Select(Row).ToList());
        }
        catch (AwsServiceException e)
        {
            return QueryResult.Failed($"{e.Code}: {e.Message}");
        }
    }

    private static IReadOnlyDictionary<string, string> Row(LogsResultRow row)
    {
        var dict = new Dictionary<string, string>(row.Fields.Count, StringComparer.Ordinal);
        foreach (var f in row.Fields)
        {
            if (f.Value is not null)
                dict[f.Field] = f.Value;
        }
        return dict;
    }
}
