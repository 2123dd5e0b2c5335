using LlmWatch.Core.Correlation;

namespace LlmWatch.Core.Ports;

/// <summary>Runs one Logs Insights query to completion (StartQuery + GetQueryResults polling).</summary>
public interface ICorrelationQueryRunner
{
    /// <summary>Rows of the finished query; a failure is a <see cref="QueryResult"/>, cancellation may throw.</summary>
    Task<QueryResult> RunAsync(ICorrelationQuery query, CancellationToken cancellationToken);
}
