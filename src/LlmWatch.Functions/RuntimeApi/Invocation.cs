namespace LlmWatch.Functions.RuntimeApi;

/// <summary>One event handed out by <c>GET next</c>: its context (headers) and its raw JSON body.</summary>
internal sealed record Invocation(InvocationContext Context, ReadOnlyMemory<byte> Body);
