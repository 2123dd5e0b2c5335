using System.Buffers;
using System.Text.Json;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Ports;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Serialization;

namespace LlmWatch.Functions.Handlers;

/// <summary>Subscription batch of Bedrock invocation logs → EMF lines on stdout → a JSON summary.</summary>
internal sealed class MetricsHandler(InvocationBatchProcessor processor, ILineSink stdout, IEventLog log, JudgeSamplingHook? judge = null) : IHandler
{
    private readonly ArrayBufferWriter<byte> _emf = new(64 * 1024);

    public async Task<byte[]> HandleAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context, CancellationToken cancellationToken)
    {
        _emf.ResetWrittenCount();
        var sampler = judge?.NewSampler();
        var result = processor.Process(eventJson.Span, _emf, sampler);
        var emfRecords = stdout.WriteLines(_emf.WrittenSpan);
        if (sampler is not null)
            await judge!.CompleteAsync(sampler, stdout, cancellationToken);
        // A batch that cannot be decoded will not decode on retry either: log it, count it, answer normally.
        if (result.EnvelopeError is not null)
            log.Warn("metrics.envelope-undecodable", ("error", result.EnvelopeError));
        var summary = new MetricsSummary(result.Parsed, result.Skipped, result.SkippedByReason, emfRecords,
            result.IsControlMessage, result.EnvelopeError is null ? 0 : 1, result.EnvelopeError);
        return JsonSerializer.SerializeToUtf8Bytes(summary, FunctionJsonContext.Default.MetricsSummary);
    }
}
