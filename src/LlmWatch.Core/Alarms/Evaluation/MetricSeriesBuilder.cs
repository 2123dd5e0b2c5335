using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Errors;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>
/// Turns invocation records into the per-minute series the metrics function publishes (namespace LlmWatch,
/// dimension sets [ModelId], [ModelId,Caller], [Caller] and []), so alarms can be evaluated offline.
/// </summary>
public sealed class MetricSeriesBuilder(CostLookup cost)
{
    private static readonly string[] CountMetrics =
    [
        MetricNames.Invocations, MetricNames.InputTokens, MetricNames.OutputTokens, MetricNames.CacheReadInputTokens,
        MetricNames.CacheWriteInputTokens, MetricNames.CostUsd, MetricNames.UnpricedTokens, MetricNames.Errors,
        MetricNames.ThrottlingErrors, MetricNames.ServerErrors, MetricNames.ModelErrors, MetricNames.AccessDeniedErrors,
        MetricNames.OtherErrors,
    ];

    private readonly double[] _values = new double[CountMetrics.Length];
    private readonly string[] _dimensionSets = new string[4];

    public MetricSeriesSet Series { get; } = new();

    public void Add(InvocationRecord record)
    {
        var minute = record.Timestamp.ToUnixTimeSeconds() / 60;
        var model = record.ModelId;
        var caller = record.Caller;
        Series.Models.Add(model);
        _dimensionSets[0] = $"ModelId={model}";
        _dimensionSets[1] = $"Caller={caller}|ModelId={model}";
        _dimensionSets[2] = $"Caller={caller}";
        _dimensionSets[3] = "";

        var t = record.Tokens;
        var priced = cost(record, out var usd);
        var errorClass = record.ErrorClass;
        _values[0] = 1;
        _values[1] = t.Input;
        _values[2] = t.Output;
        _values[3] = t.CacheRead;
        _values[4] = t.CacheWrite;
        _values[5] = priced ? usd : 0;
        _values[6] = priced ? 0 : t.Total;
        _values[7] = errorClass == ErrorClass.None ? 0 : 1;
        _values[8] = errorClass == ErrorClass.Throttling ? 1 : 0;
        _values[9] = errorClass == ErrorClass.ServerError ? 1 : 0;
        _values[10] = errorClass == ErrorClass.ModelError ? 1 : 0;
        _values[11] = errorClass == ErrorClass.AccessDenied ? 1 : 0;
        _values[12] = errorClass == ErrorClass.Other ? 1 : 0;

        foreach (var dims in _dimensionSets)
        {
            for (var i = 0; i < CountMetrics.Length; i++)
            {
                Series.Add(new SeriesKey(MetricNamespaces.LlmWatch, CountMetrics[i], dims), minute, _values[i], keepValue: false);
            }
            if (record.LatencyMs is { } latency)
            {
                Series.Add(new SeriesKey(MetricNamespaces.LlmWatch, MetricNames.LatencyMs, dims), minute, latency, keepValue: true);
            }
        }
    }
}
