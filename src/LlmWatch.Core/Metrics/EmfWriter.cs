using System.Buffers;
using System.Text.Json;
using LlmWatch.Core.Errors;

namespace LlmWatch.Core.Metrics;

/// <summary>
/// Writes EMF records in the published specification's form: sums as numbers, latencies as arrays of at most
/// 100 values (further records carry the rest), every dimension set declared once so CloudWatch rolls up
/// without duplicates. Request ids go to metadata, never to dimensions.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The writer targets an IBufferWriter: Dispose only flushes, which End does for every line.")]
internal sealed class EmfWriter(EmfOptions options, string priceTable)
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };
    private Utf8JsonWriter? _json;

    /// <summary>One writer reused for every line (no allocation per EMF record).</summary>
    private Utf8JsonWriter Start(IBufferWriter<byte> output)
    {
        if (_json is null)
            _json = new Utf8JsonWriter(output, WriterOptions);
        else
            _json.Reset(output);
        return _json;
    }

    private static void End(Utf8JsonWriter json, IBufferWriter<byte> output)
    {
        json.Flush();
        output.Write("\n"u8);
    }

    private static readonly (string Name, string Unit)[] CellMetrics =
    [
        (MetricNames.Invocations, "Count"), (MetricNames.InputTokens, "Count"), (MetricNames.OutputTokens, "Count"),
        (MetricNames.CacheReadInputTokens, "Count"), (MetricNames.CacheWriteInputTokens, "Count"),
        (MetricNames.CostUsd, "None"), (MetricNames.UnpricedTokens, "Count"), (MetricNames.LatencyUnavailable, "Count"),
        (MetricNames.Errors, "Count"), (MetricNames.ThrottlingErrors, "Count"), (MetricNames.ServerErrors, "Count"),
        (MetricNames.ModelErrors, "Count"), (MetricNames.AccessDeniedErrors, "Count"), (MetricNames.OtherErrors, "Count"),
    ];

    public int WriteCell(IBufferWriter<byte> output, long timestampMs, string modelId, string caller, MetricAccumulator cell)
    {
        var latencies = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cell.Latencies);
        var json = Start(output);
        {
            json.WriteStartObject();
            WriteDirective(json, timestampMs, includeCellMetrics: true, latencies.Length > 0);
            json.WriteString(MetricNames.ModelIdDimension, modelId);
            json.WriteString(MetricNames.CallerDimension, caller);
            json.WriteNumber(MetricNames.Invocations, cell.Invocations);
            json.WriteNumber(MetricNames.InputTokens, cell.InputTokens);
            json.WriteNumber(MetricNames.OutputTokens, cell.OutputTokens);
            json.WriteNumber(MetricNames.CacheReadInputTokens, cell.CacheReadInputTokens);
            json.WriteNumber(MetricNames.CacheWriteInputTokens, cell.CacheWriteInputTokens);
            json.WriteNumber(MetricNames.CostUsd, Math.Round(cell.CostUsd, 9));
            json.WriteNumber(MetricNames.UnpricedTokens, cell.UnpricedTokens);
            json.WriteNumber(MetricNames.LatencyUnavailable, cell.LatencyUnavailable);
            json.WriteNumber(MetricNames.Errors, cell.Errors);
            for (var c = ErrorClass.Throttling; c <= ErrorClass.Other; c++)
                json.WriteNumber(ErrorClassifier.MetricName(c), cell.ErrorsByClass[(int)c]);
            WriteLatencies(json, latencies[..Math.Min(latencies.Length, EmfOptions.MaxValuesPerArray)]);
            json.WriteString("PriceTable", priceTable);
            if (cell.SlowestRequestId is not null)
                json.WriteString("SlowestRequestId", cell.SlowestRequestId);
            if (cell.ErrorRequestIds.Count > 0)
            {
                json.WriteStartArray("ErrorRequestIds");
                foreach (var id in cell.ErrorRequestIds)
                    json.WriteStringValue(id);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        End(json, output);
        var lines = 1;
        for (var start = EmfOptions.MaxValuesPerArray; start < latencies.Length; start += EmfOptions.MaxValuesPerArray)
        {
            var chunk = latencies.Slice(start, Math.Min(EmfOptions.MaxValuesPerArray, latencies.Length - start));
            json = Start(output);
            {
                json.WriteStartObject();
                WriteDirective(json, timestampMs, includeCellMetrics: false, includeLatency: true);
                json.WriteString(MetricNames.ModelIdDimension, modelId);
                json.WriteString(MetricNames.CallerDimension, caller);
                WriteLatencies(json, chunk);
                json.WriteEndObject();
            }
            End(json, output);
            lines++;
        }
        return lines;
    }

    public int WriteSkips(IBufferWriter<byte> output, long timestampMs, SkipCounts skipped)
    {
        var lines = 0;
        foreach (var (reason, count) in skipped.ToDictionary())
        {
            var json = Start(output);
            {
                json.WriteStartObject();
                json.WriteStartObject("_aws");
                json.WriteNumber("Timestamp", timestampMs);
                json.WriteStartArray("CloudWatchMetrics");
                json.WriteStartObject();
                json.WriteString("Namespace", options.Namespace);
                json.WriteStartArray("Dimensions");
                json.WriteStartArray();
                json.WriteStringValue(MetricNames.ReasonDimension);
                json.WriteEndArray();
                json.WriteStartArray();
                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteStartArray("Metrics");
                WriteMetricDefinition(json, MetricNames.RecordsSkipped, "Count");
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteString(MetricNames.ReasonDimension, reason);
                json.WriteNumber(MetricNames.RecordsSkipped, count);
                json.WriteEndObject();
            }
            End(json, output);
            lines++;
        }
        return lines;
    }

    private void WriteDirective(Utf8JsonWriter json, long timestampMs, bool includeCellMetrics, bool includeLatency)
    {
        json.WriteStartObject("_aws");
        json.WriteNumber("Timestamp", timestampMs);
        json.WriteStartArray("CloudWatchMetrics");
        json.WriteStartObject();
        json.WriteString("Namespace", options.Namespace);
        json.WriteStartArray("Dimensions");
        WriteDimensionSet(json, MetricNames.ModelIdDimension);
        WriteDimensionSet(json, MetricNames.ModelIdDimension, MetricNames.CallerDimension);
        WriteDimensionSet(json, MetricNames.CallerDimension);
        WriteDimensionSet(json);
        json.WriteEndArray();
        json.WriteStartArray("Metrics");
        if (includeCellMetrics)
        {
            foreach (var (name, unit) in CellMetrics)
                WriteMetricDefinition(json, name, unit);
        }
        if (includeLatency)
            WriteMetricDefinition(json, MetricNames.LatencyMs, "Milliseconds");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDimensionSet(Utf8JsonWriter json, params ReadOnlySpan<string> names)
    {
        json.WriteStartArray();
        foreach (var name in names)
            json.WriteStringValue(name);
        json.WriteEndArray();
    }

    private static void WriteMetricDefinition(Utf8JsonWriter json, string name, string unit)
    {
        json.WriteStartObject();
        json.WriteString("Name", name);
        json.WriteString("Unit", unit);
        json.WriteEndObject();
    }

    private static void WriteLatencies(Utf8JsonWriter json, ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
            return;
        json.WriteStartArray(MetricNames.LatencyMs);
        foreach (var v in values)
            json.WriteNumberValue(v);
        json.WriteEndArray();
    }
}
