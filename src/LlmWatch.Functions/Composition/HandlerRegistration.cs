using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>A handler name and how to build it (called once, at cold start, only when <c>_HANDLER</c> selects it).</summary>
internal sealed record HandlerRegistration(string Name, Func<FunctionServices, CancellationToken, Task<IHandler>> CreateAsync);
