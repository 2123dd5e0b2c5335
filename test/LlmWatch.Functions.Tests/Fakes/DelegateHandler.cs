using LlmWatch.Functions.Handlers;
using LlmWatch.Functions.RuntimeApi;

namespace LlmWatch.Functions.Tests.Fakes;

/// <summary>A handler whose behaviour is a lambda.</summary>
internal sealed class DelegateHandler(Func<ReadOnlyMemory<byte>, InvocationContext, CancellationToken, Task<byte[]>> handle, string name = "fake") : IHandler
{
    public string Name => name;

    public Task<byte[]> HandleAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context, CancellationToken cancellationToken) =>
        handle(eventJson, context, cancellationToken);

    /// <summary>Answers with the event body, unchanged.</summary>
    public static DelegateHandler Echo() => new((body, _, _) => Task.FromResult(body.ToArray()), "echo");
}
