using System.Buffers;
using System.Text.Json;
using N = LlmWatch.Core.Judge.QualityMetricNames;

namespace LlmWatch.Core.Judge;

/// <summary>
/// Writes quality metrics as CloudWatch EMF lines (namespace <c>LlmWatch/Quality</c>): per judged model one record
/// with score arrays (≤100 values each; more records beyond) and counters, dimension sets [ModelId, RubricVersion]
/// and [ModelId]. Request ids go in metadata, never in dimensions.
/// </summary>
public sealed class QualityEmfWriter(string metricNamespace = N.Namespace)
{
    private const int MaxArray = 100;

    /// <summary>Writes the records for one batch of outcomes; returns how many EMF lines were written.</summary>
    public int Write(IReadOnlyList<JudgeOutcome> outcomes, string rubricVersion, string judgeModelId, DateTimeOffset at, IBufferWriter<byte> output)
    {
        var lines = 0;
        foreach (var group in outcomes.GroupBy(o => o.Sample.ModelId, StringComparer.Ordinal))
        {
            var metrics = QualityModelMetrics.From(group.ToList());
            var chunks = Math.Max(1, (metrics.MaxSeries + MaxArray - 1) / MaxArray);
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                var offset = chunk * MaxArray;
                var series = metrics.Series().Where(s => s.Values.Count > offset).ToList();
                using var json = new Utf8JsonWriter(output);
                json.WriteStartObject();
                WriteMetadata(json, at, series.Select(s => (s.Name, s.Unit)), chunk == 0);
                json.WriteString("ModelId", group.Key);
                json.WriteString("RubricVersion", rubricVersion);
                json.WriteString("JudgeModelId", judgeModelId);
                foreach (var (name, _, values) in series)
                {
                    json.WriteStartArray(name);
                    for (var i = offset; i < Math.Min(values.Count, offset + MaxArray); i++)
                        json.WriteNumberValue(Math.Round(values[i], 3));
                    json.WriteEndArray();
                }
                json.WriteStartArray("RequestIds");
                foreach (var id in metrics.RequestIds.Skip(offset).Take(MaxArray))
                    json.WriteStringValue(id);
                json.WriteEndArray();
                if (chunk == 0)
                    metrics.WriteCounters(json);
                json.WriteEndObject();
                json.Flush();
                output.Write("\n"u8);
                lines++;
            }
        }
        return lines;
    }

    /// <summary>Writes the sampler's counts from one metrics batch as one dimensionless record.</summary>
    public void WriteSampling(JudgeSamplerStats stats, int notQueued, DateTimeOffset at, IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteStartObject("_aws");
        json.WriteNumber("Timestamp", at.ToUnixTimeMilliseconds());
        json.WriteStartArray("CloudWatchMetrics");
        json.WriteStartObject();
        json.WriteString("Namespace", metricNamespace);
        json.WriteStartArray("Dimensions");
        json.WriteStartArray();
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteStartArray("Metrics");
        foreach (var name in (string[])[N.JudgeSampled, N.JudgeSkippedBodyInS3, N.JudgeSkippedNoText, N.JudgeSamplesNotQueued])
            WriteDefinition(json, name, "Count");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteNumber(N.JudgeSampled, stats.Sampled - notQueued);
        json.WriteNumber(N.JudgeSkippedBodyInS3, stats.SkippedBodyInS3);
        json.WriteNumber(N.JudgeSkippedNoText, stats.SkippedNoText);
        json.WriteNumber(N.JudgeSamplesNotQueued, notQueued);
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    private void WriteMetadata(Utf8JsonWriter json, DateTimeOffset at, IEnumerable<(string Name, string Unit)> series, bool withCounters)
    {
        json.WriteStartObject("_aws");
        json.WriteNumber("Timestamp", at.ToUnixTimeMilliseconds());
        json.WriteStartArray("CloudWatchMetrics");
        json.WriteStartObject();
        json.WriteString("Namespace", metricNamespace);
        json.WriteStartArray("Dimensions");
        json.WriteStartArray();
        json.WriteStringValue("ModelId");
        json.WriteStringValue("RubricVersion");
        json.WriteEndArray();
        json.WriteStartArray();
        json.WriteStringValue("ModelId");
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteStartArray("Metrics");
        foreach (var (name, unit) in series)
            WriteDefinition(json, name, unit);
        if (withCounters)
        {
            foreach (var name in QualityModelMetrics.CounterNames)
                WriteDefinition(json, name, name == N.JudgeCostUsd ? "None" : "Count");
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDefinition(Utf8JsonWriter json, string name, string unit)
    {
        json.WriteStartObject();
        json.WriteString("Name", name);
        json.WriteString("Unit", unit);
        json.WriteEndObject();
    }
}
