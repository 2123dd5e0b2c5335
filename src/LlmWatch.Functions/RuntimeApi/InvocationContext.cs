namespace LlmWatch.Functions.RuntimeApi;

/// <summary>What the Runtime API says about one invocation (the headers of <c>GET next</c>).</summary>
internal sealed record InvocationContext(
    string RequestId,
    DateTimeOffset Deadline,
    string FunctionArn,
    string? TraceId);
