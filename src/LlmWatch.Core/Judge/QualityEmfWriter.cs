using System.Buffers;
using System.Text.Json;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Metrics.Schema;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Judge;

/// <summary>
/// Writes quality metrics as CloudWatch EMF lines (namespace <c>LlmWatch/Quality</c>): per judged model one
/// <see cref="MetricSchema.Quality"/> record with score arrays (≤100 values each; more lines beyond) and counters, and
/// the sampler's <see cref="MetricSchema.Sampling"/> record. Request ids go in metadata, never in dimensions. One per
/// handler: it reuses its JSON writer, so it is not thread-safe.
/// </summary>
public sealed class QualityEmfWriter(string metricNamespace = MetricNamespaces.Quality)
{
    private static readonly JsonEncodedText ModelId = JsonEncodedText.Encode(MetricDimensions.ModelId);
    private static readonly JsonEncodedText RubricVersion = JsonEncodedText.Encode(MetricDimensions.RubricVersion);
    private static readonly JsonEncodedText JudgeModelId = JsonEncodedText.Encode("JudgeModelId");
    private static readonly JsonEncodedText RequestIds = JsonEncodedText.Encode("RequestIds");

    private readonly EmfRecordWriter _quality = new(S.Quality, metricNamespace);
    private readonly EmfRecordWriter _sampling = new(S.Sampling, metricNamespace);

    /// <summary>Writes the records for one batch of outcomes; returns how many EMF lines were written.</summary>
    public int Write(IReadOnlyList<JudgeOutcome> outcomes, string rubricVersion, string judgeModelId, DateTimeOffset at, IBufferWriter<byte> output)
    {
        var lines = 0;
        foreach (var group in outcomes.GroupBy(o => o.Sample.ModelId, StringComparer.Ordinal))
        {
            var metrics = QualityModelMetrics.From(group);
            lines += _quality.Write(output, at.ToUnixTimeMilliseconds(), metrics.Sums, metrics.Distributions,
                (modelId: group.Key, rubricVersion, judgeModelId, metrics.RequestIds), static (json, state, chunk) =>
                {
                    json.WriteString(ModelId, state.modelId);
                    json.WriteString(RubricVersion, state.rubricVersion);
                    json.WriteString(JudgeModelId, state.judgeModelId);
                    json.WriteStartArray(RequestIds);
                    foreach (var id in state.RequestIds.Skip(chunk * EmfRecordWriter.MaxValuesPerArray).Take(EmfRecordWriter.MaxValuesPerArray))
                        json.WriteStringValue(id);
                    json.WriteEndArray();
                }, chunkedMetadata: metrics.RequestIds.Count);
        }
        return lines;
    }

    /// <summary>Writes the sampler's counts from one metrics batch as one dimensionless record.</summary>
    public void WriteSampling(JudgeSamplerStats stats, int notQueued, DateTimeOffset at, IBufferWriter<byte> output)
    {
        Span<double> sums = stackalloc double[S.Sampling.Sums.Count];
        sums[S.JudgeSampled.Slot] = stats.Sampled - notQueued;
        sums[S.JudgeSkippedBodyInS3.Slot] = stats.SkippedBodyInS3;
        sums[S.JudgeSkippedNoText.Slot] = stats.SkippedNoText;
        sums[S.JudgeSamplesNotQueued.Slot] = notQueued;
        _sampling.Write(output, at.ToUnixTimeMilliseconds(), sums, [], 0, static (_, _, _) => { });
    }
}
