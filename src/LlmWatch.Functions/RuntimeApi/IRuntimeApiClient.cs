namespace LlmWatch.Functions.RuntimeApi;

/// <summary>The four calls of the Lambda Runtime API (2018-06-01).</summary>
internal interface IRuntimeApiClient
{
    /// <summary>Long-polls <c>GET /runtime/invocation/next</c> until an event arrives.</summary>
    Task<Invocation> GetNextInvocationAsync(CancellationToken cancellationToken);

    /// <summary>Posts the handler's result for <paramref name="requestId"/>.</summary>
    Task PostResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);

    /// <summary>Reports a failed invocation.</summary>
    Task PostErrorAsync(string requestId, ErrorRequest error, CancellationToken cancellationToken);

    /// <summary>Reports that the function could not start.</summary>
    Task PostInitErrorAsync(ErrorRequest error, CancellationToken cancellationToken);
}
