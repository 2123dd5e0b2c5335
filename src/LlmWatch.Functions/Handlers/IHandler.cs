using LlmWatch.Functions.RuntimeApi;

namespace LlmWatch.Functions.Handlers;

/// <summary>One Lambda trigger: decodes its event, calls Core and adapters, encodes the answer.</summary>
internal interface IHandler
{
    /// <summary>Handles one event; the returned bytes are the invocation response body (JSON).</summary>
    Task<byte[]> HandleAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context, CancellationToken cancellationToken);
}
