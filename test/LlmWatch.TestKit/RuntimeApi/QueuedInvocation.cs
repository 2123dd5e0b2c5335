namespace LlmWatch.TestKit.RuntimeApi;

/// <summary>An event waiting for (or handed to) the runtime; <see cref="Outcome"/> completes with its response or error post.</summary>
public sealed class QueuedInvocation(string requestId, byte[] body, DateTimeOffset deadline, string functionArn, string? traceId)
{
    private readonly TaskCompletionSource<RuntimePost> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string RequestId { get; } = requestId;
    public byte[] Body { get; } = body;
    public DateTimeOffset Deadline { get; } = deadline;
    public string FunctionArn { get; } = functionArn;
    public string? TraceId { get; } = traceId;

    public Task<RuntimePost> Outcome => _outcome.Task;

    internal bool Complete(RuntimePost post) => _outcome.TrySetResult(post);

    internal void Abandon() => _outcome.TrySetCanceled();
}
