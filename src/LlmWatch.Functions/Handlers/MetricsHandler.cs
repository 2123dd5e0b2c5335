using System.Buffers;
using System.Text.Json;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;
using LlmWatch.Functions.Composition;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Serialization;

namespace LlmWatch.Functions.Handlers;

/// <summary>Subscription batch of Bedrock invocation logs → EMF lines on stdout → a JSON summary.</summary>
internal sealed class MetricsHandler(InvocationBatchProcessor processor, ILineSink stdout, FunctionLog log) : IHandler
{
    private readonly ArrayBufferWriter<byte> _emf = new(64 * 1024);

    public string Name => "metrics";

    public static MetricsHandler Create(FunctionServices services)
    {
        var settings = MetricsSettings.From(services.Settings);
        var prices = settings.PriceFilePath is null ? PriceBook.LoadDefault() // override loader: pricing stream
            : throw new ConfigurationException(MetricsSettings.PriceFileVariable, "PRICE_FILE is not supported by this build yet.");
        return new MetricsHandler(new InvocationBatchProcessor(prices, new EmfOptions(settings.Namespace)), services.Stdout, services.Log);
    }

    public Task<byte[]> HandleAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context, CancellationToken cancellationToken)
    {
        _emf.ResetWrittenCount();
        var result = processor.Process(eventJson.Span, _emf);
        var emfRecords = stdout.WriteLines(_emf.WrittenSpan);
        // A batch that cannot be decoded will not decode on retry either: log it, count it, answer normally.
        if (result.EnvelopeError is not null)
            log.Warn("undecodable subscription envelope", context.RequestId, "EnvelopeError", result.EnvelopeError);
        var summary = new MetricsSummary(result.Parsed, result.Skipped, result.SkippedByReason, emfRecords,
            result.IsControlMessage, result.EnvelopeError is null ? 0 : 1, result.EnvelopeError);
        return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(summary, FunctionJsonContext.Default.MetricsSummary));
    }
}
