using System.Buffers;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Metrics;

/// <summary>
/// Subscription event in, EMF out: decode the envelope, parse every record, aggregate, write. A malformed record
/// is counted and skipped; the rest of the batch is processed. Reuses its buffers across calls; one per thread.
/// </summary>
public sealed class InvocationBatchProcessor(PriceBook prices, EmfOptions options)
{
    private readonly ArrayBufferWriter<byte> _payload = new(256 * 1024);
    private readonly ArrayBufferWriter<byte> _message = new(16 * 1024);
    private readonly Sink _sink = new(new InvocationRecordParser(), new MetricsBatch(prices, options));

    public BatchResult Process(ReadOnlySpan<byte> subscriptionEventJson, IBufferWriter<byte> emfOut, IInvocationObserver? observer = null)
    {
        _payload.ResetWrittenCount();
        var error = SubscriptionEnvelope.TryDecode(subscriptionEventJson, _payload);
        if (error is not null)
            return new BatchResult { EnvelopeError = error };
        _sink.Start(observer);
        var (isControl, payloadError) = SubscriptionPayload.Read(_payload.WrittenSpan, _sink, _message);
        if (payloadError is not null)
            return new BatchResult { EnvelopeError = payloadError };
        if (isControl)
            return new BatchResult { IsControlMessage = true };
        var batch = _sink.Batch;
        var lines = batch.WriteEmf(emfOut, _sink.LatestEventMs);
        return new BatchResult
        {
            Total = _sink.Count,
            Parsed = batch.Parsed,
            Skipped = batch.Skipped.Total,
            SkippedByReason = batch.Skipped.ToDictionary(),
            EmfRecords = lines,
        };
    }

    private sealed class Sink(InvocationRecordParser parser, MetricsBatch batch) : ILogMessageSink
    {
        private IInvocationObserver? _observer;

        public MetricsBatch Batch => batch;
        public int Count { get; private set; }
        public long LatestEventMs { get; private set; }

        public void Start(IInvocationObserver? observer)
        {
            _observer = observer;
            batch.Clear();
            Count = 0;
            LatestEventMs = 0;
        }

        public void OnMessage(ReadOnlySpan<byte> message, long eventTimestampMs, int index)
        {
            Count++;
            LatestEventMs = Math.Max(LatestEventMs, eventTimestampMs);
            if (parser.TryParse(message, out var record, out var reason))
            {
                batch.Add(record);
                _observer?.OnRecord(record, message);
            }
            else
            {
                batch.AddSkipped(reason);
                _observer?.OnSkipped(reason, index);
            }
        }
    }
}
