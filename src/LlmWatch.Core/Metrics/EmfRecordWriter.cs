using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using LlmWatch.Core.Metrics.Schema;

namespace LlmWatch.Core.Metrics;

/// <summary>
/// Writes the EMF records of one <see cref="MetricGroup"/> in one namespace, in the published specification's form:
/// the <c>_aws</c> directive declares the group's dimension sets once and each metric with its unit; sums are numbers
/// on the first line; distributions are arrays of at most 100 values, further lines carrying the rest. The directive
/// for each selection of metrics is encoded once and then copied, so a line allocates nothing. Not thread-safe.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The writer targets an IBufferWriter: Dispose only flushes, which every line does.")]
internal sealed class EmfRecordWriter
{
    /// <summary>The EMF specification allows at most 100 values in a metric's array.</summary>
    public const int MaxValuesPerArray = 100;

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };
    private static readonly JsonEncodedText Aws = JsonEncodedText.Encode("_aws");
    private static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("Timestamp");
    private static readonly JsonEncodedText CloudWatchMetrics = JsonEncodedText.Encode("CloudWatchMetrics");

    private readonly MetricGroup _group;
    private readonly string _namespace;
    private readonly MetricSpec[] _sums;
    private readonly MetricSpec[] _distributions;
    /// <summary>Encoded directives by selection: bit 0 = the sums, bit i+1 = distribution slot i.</summary>
    private readonly byte[]?[] _directives;
    private Utf8JsonWriter? _json;

    public EmfRecordWriter(MetricGroup group, string @namespace)
    {
        if (!group.IsEmitted)
            throw new ArgumentException($"{group.Namespace} metrics are published by AWS, not written by LlmWatch", nameof(group));
        if (group.Distributions.Count > 16)
            throw new ArgumentException("a record declares at most 16 distributions (the directive cache is indexed by them)", nameof(group));
        _group = group;
        _namespace = @namespace;
        _sums = [.. group.Sums];
        _distributions = [.. group.Distributions];
        _directives = new byte[]?[2 << _distributions.Length];
    }

    /// <summary>Writes one record: as many lines as its longest distribution (or chunked metadata) needs; returns that count.</summary>
    /// <param name="sums">Values of the group's sums by slot, written on the first line.</param>
    /// <param name="distributions">Values of the group's distributions by slot.</param>
    /// <param name="chunkedMetadata">Items of metadata <paramref name="fields"/> splits across lines like the arrays.</param>
    public int Write<TState>(IBufferWriter<byte> output, long timestampMs, ReadOnlySpan<double> sums, ReadOnlySpan<List<double>> distributions,
        TState state, EmfFields<TState> fields, int chunkedMetadata = 0)
    {
        var longest = chunkedMetadata;
        foreach (var values in distributions)
            longest = Math.Max(longest, values.Count);
        var lines = Math.Max(1, (longest + MaxValuesPerArray - 1) / MaxValuesPerArray);
        for (var chunk = 0; chunk < lines; chunk++)
        {
            var offset = chunk * MaxValuesPerArray;
            var selection = chunk == 0 ? 1 : 0;
            for (var i = 0; i < distributions.Length; i++)
            {
                if (distributions[i].Count > offset)
                    selection |= 2 << i;
            }
            var json = Start(output);
            json.WriteStartObject();
            json.WriteStartObject(Aws);
            json.WriteNumber(Timestamp, timestampMs);
            json.WritePropertyName(CloudWatchMetrics);
            json.WriteRawValue(Directive(selection), skipInputValidation: true);
            json.WriteEndObject();
            fields(json, state, chunk);
            if (chunk == 0)
            {
                foreach (var metric in _sums)
                    json.WriteNumber(metric.EncodedName, metric.Round(sums[metric.Slot]));
            }
            foreach (var metric in _distributions)
                WriteValues(json, metric, distributions[metric.Slot], offset);
            json.WriteEndObject();
            json.Flush();
            output.Write("\n"u8);
        }
        return lines;
    }

    private static void WriteValues(Utf8JsonWriter json, MetricSpec metric, List<double> values, int offset)
    {
        if (values.Count <= offset)
            return;
        json.WriteStartArray(metric.EncodedName);
        foreach (var v in CollectionsMarshal.AsSpan(values).Slice(offset, Math.Min(MaxValuesPerArray, values.Count - offset)))
            json.WriteNumberValue(metric.Round(v));
        json.WriteEndArray();
    }

    /// <summary>One writer reused for every line.</summary>
    private Utf8JsonWriter Start(IBufferWriter<byte> output)
    {
        if (_json is null)
            _json = new Utf8JsonWriter(output, WriterOptions);
        else
            _json.Reset(output);
        return _json;
    }

    /// <summary>The <c>CloudWatchMetrics</c> array for a selection of the group's metrics, encoded on first use.</summary>
    private byte[] Directive(int selection) => _directives[selection] ??= Encode(selection);

    private byte[] Encode(int selection)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("Namespace", _namespace);
            json.WriteStartArray("Dimensions");
            foreach (var set in _group.DimensionSets)
            {
                json.WriteStartArray();
                foreach (var name in set.Names)
                    json.WriteStringValue(name);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            foreach (var metric in _group.Metrics)
            {
                var selected = metric.Kind == MetricKind.Sum ? (selection & 1) != 0 : (selection & (2 << metric.Slot)) != 0;
                if (!selected)
                    continue;
                json.WriteStartObject();
                json.WriteString("Name", metric.EncodedName);
                json.WriteString("Unit", EmfUnits.Name(metric.Unit));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
