using System.Collections.Concurrent;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.Ports;

namespace LlmWatch.TestKit.OnCall;

/// <summary>Logs Insights stand-in: rows per evidence kind, a failure, or a query that never finishes (and ignores cancellation).</summary>
public sealed class FakeQueryRunner : ICorrelationQueryRunner
{
    private readonly ConcurrentDictionary<EvidenceKind, Func<ICorrelationQuery, Task<QueryResult>>> _answers = new();
    private readonly ConcurrentQueue<ICorrelationQuery> _received = new();

    public IReadOnlyList<ICorrelationQuery> Received => [.. _received];

    public FakeQueryRunner Returns(EvidenceKind kind, params Dictionary<string, string>[] rows)
    {
        _answers[kind] = _ => Task.FromResult(QueryResult.Complete(rows));
        return this;
    }

    public FakeQueryRunner Fails(EvidenceKind kind, string message)
    {
        _answers[kind] = _ => Task.FromException<QueryResult>(new InvalidOperationException(message));
        return this;
    }

    /// <summary>Every query hangs forever, ignoring its cancellation token (worst case for the deadline).</summary>
    public FakeQueryRunner HangsForever()
    {
        foreach (var kind in Enum.GetValues<EvidenceKind>())
            _answers[kind] = _ => new TaskCompletionSource<QueryResult>().Task;
        return this;
    }

    public Task<QueryResult> RunAsync(ICorrelationQuery query, CancellationToken cancellationToken)
    {
        _received.Enqueue(query);
        return _answers.TryGetValue(query.Kind, out var answer) ? answer(query) : Task.FromResult(QueryResult.Complete([]));
    }
}
