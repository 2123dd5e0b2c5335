using System.Buffers;
using System.Text.Json;
using LlmWatch.Core.Metrics.Schema;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Metrics;

/// <summary>
/// Writes the metrics function's EMF: one record per (minute, model, caller) cell declaring every dimension set of
/// <see cref="MetricSchema.Invocation"/>, and one record per skip reason. Request ids go to metadata, never to dimensions.
/// </summary>
internal sealed class EmfWriter(EmfOptions options, string priceTable)
{
    private static readonly JsonEncodedText ModelId = JsonEncodedText.Encode(MetricDimensions.ModelId);
    private static readonly JsonEncodedText Caller = JsonEncodedText.Encode(MetricDimensions.Caller);
    private static readonly JsonEncodedText Reason = JsonEncodedText.Encode(MetricDimensions.Reason);
    private static readonly JsonEncodedText PriceTable = JsonEncodedText.Encode("PriceTable");
    private static readonly JsonEncodedText SlowestRequestId = JsonEncodedText.Encode("SlowestRequestId");
    private static readonly JsonEncodedText ErrorRequestIds = JsonEncodedText.Encode("ErrorRequestIds");

    private readonly EmfRecordWriter _cells = new(S.Invocation, options.Namespace);
    private readonly EmfRecordWriter _skips = new(S.Skipped, options.Namespace);

    public int WriteCell(IBufferWriter<byte> output, long timestampMs, string modelId, string caller, MetricAccumulator cell) =>
        _cells.Write(output, timestampMs, cell.Sums, cell.Distributions, (modelId, caller, cell, priceTable), static (json, state, chunk) =>
        {
            json.WriteString(ModelId, state.modelId);
            json.WriteString(Caller, state.caller);
            if (chunk > 0)
                return;
            json.WriteString(PriceTable, state.priceTable);
            if (state.cell.SlowestRequestId is { } slowest)
                json.WriteString(SlowestRequestId, slowest);
            if (state.cell.ErrorRequestIds.Count > 0)
            {
                json.WriteStartArray(ErrorRequestIds);
                foreach (var id in state.cell.ErrorRequestIds)
                    json.WriteStringValue(id);
                json.WriteEndArray();
            }
        });

    public int WriteSkips(IBufferWriter<byte> output, long timestampMs, SkipCounts skipped)
    {
        var lines = 0;
        Span<double> sums = stackalloc double[S.Skipped.Sums.Count];
        foreach (var (reason, count) in skipped.ToDictionary())
        {
            sums[S.RecordsSkipped.Slot] = count;
            lines += _skips.Write(output, timestampMs, sums, [], reason, static (json, reason, _) => json.WriteString(Reason, reason));
        }
        return lines;
    }
}
