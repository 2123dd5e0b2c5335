using LlmWatch.Functions.RuntimeApi;

namespace LlmWatch.Functions.Tests.Fakes;

internal sealed class RecordingTraceContext : ITraceContext
{
    public List<string?> TraceIds { get; } = [];

    public void SetTraceId(string? traceId) => TraceIds.Add(traceId);
}
