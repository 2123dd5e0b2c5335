using System.Collections.Concurrent;
using System.Text;
using LlmWatch.Functions.RuntimeApi;

namespace LlmWatch.Functions.Tests.Fakes;

/// <summary>In-memory Runtime API: hands out queued invocations, records posts; when drained it waits for cancellation.</summary>
internal sealed class FakeRuntimeApiClient : IRuntimeApiClient
{
    private readonly ConcurrentQueue<Invocation> _pending = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<(string RequestId, string Body)> Responses { get; } = [];
    public List<(string RequestId, ErrorRequest Error)> Errors { get; } = [];
    public List<ErrorRequest> InitErrors { get; } = [];
    public Exception? FailErrorPostsWith { get; set; }
    public Exception? FailResponsePostsWith { get; set; }

    /// <summary>Completes when every queued invocation has been handed out and the loop asks for more.</summary>
    public Task Drained => _drained.Task;

    public FakeRuntimeApiClient Enqueue(string body, string requestId, DateTimeOffset? deadline = null, string? traceId = null)
    {
        var context = new InvocationContext(requestId, deadline ?? DateTimeOffset.MaxValue, "arn:aws:lambda:us-east-1:123456789012:function:f", traceId);
        _pending.Enqueue(new Invocation(context, Encoding.UTF8.GetBytes(body)));
        return this;
    }

    public async Task<Invocation> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        if (_pending.TryDequeue(out var next))
            return next;
        _drained.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new OperationCanceledException(cancellationToken);
    }

    public Task PostResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (FailResponsePostsWith is not null)
            throw FailResponsePostsWith;
        Responses.Add((requestId, Encoding.UTF8.GetString(body.Span)));
        return Task.CompletedTask;
    }

    public Task PostErrorAsync(string requestId, ErrorRequest error, CancellationToken cancellationToken)
    {
        Errors.Add((requestId, error));
        return FailErrorPostsWith is null ? Task.CompletedTask : Task.FromException(FailErrorPostsWith);
    }

    public Task PostInitErrorAsync(ErrorRequest error, CancellationToken cancellationToken)
    {
        InitErrors.Add(error);
        return Task.CompletedTask;
    }
}
