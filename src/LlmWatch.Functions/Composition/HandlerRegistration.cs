using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>A handler name and how to build it (called only when <c>_HANDLER</c> selects it).</summary>
internal sealed record HandlerRegistration(string Name, Func<FunctionServices, IHandler> Create);
