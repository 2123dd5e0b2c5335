using LlmWatch.Core.Ports;
using LlmWatch.Functions.Handlers;
using LlmWatch.Functions.Output;

namespace LlmWatch.Functions.RuntimeApi;

/// <summary>The invocation loop: next → handler → response, or error; ends only on cancellation or a broken container.</summary>
internal sealed class RuntimeLoop(IRuntimeApiClient client, IHandler handler, ITraceContext trace, TimeProvider time, FunctionLog log)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
            await RunOnceAsync(cancellationToken);
    }

    /// <summary>Serves exactly one invocation.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var invocation = await client.GetNextInvocationAsync(cancellationToken);
        var context = invocation.Context;
        trace.SetTraceId(context.TraceId);
        using var scope = log.Begin(context);

        byte[] result;
        try
        {
            using var atDeadline = CancelAtDeadline(context.Deadline);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, atDeadline.Token);
            result = await handler.HandleAsync(invocation.Body, context, linked.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The handler decided a retry may help (or has a bug): report it, keep the process serving.
            var error = ErrorRequest.FromException(exception);
            log.Error("invocation.failed", ("errorType", error.ErrorType), ("error", error.ErrorMessage));
            await ReportAsync(() => client.PostErrorAsync(context.RequestId, error, cancellationToken));
            return;
        }

        await ReportAsync(() => client.PostResponseAsync(context.RequestId, result, cancellationToken));
    }

    // The handler's token fires at the invocation deadline, measured on the injected clock.
    private CancellationTokenSource CancelAtDeadline(DateTimeOffset deadline)
    {
        if (deadline == DateTimeOffset.MaxValue)
            return new CancellationTokenSource();
        var remaining = deadline - time.GetUtcNow();
        return new CancellationTokenSource(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time);
    }

    // A refused post (400/403/413) loses only this invocation; a 500 (ContainerErrorException) propagates and ends the process.
    private async Task ReportAsync(Func<Task> post)
    {
        try
        {
            await post();
        }
        catch (RuntimeApiException exception)
        {
            log.Error("invocation.result-refused", ("error", exception.Message));
        }
    }
}
