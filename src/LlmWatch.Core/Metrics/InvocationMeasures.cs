using LlmWatch.Core.Errors;
using LlmWatch.Core.Records;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Metrics;

/// <summary>
/// What one invocation record contributes to each metric of <see cref="S.Invocation"/>, by slot: the one place those
/// metrics are measured. The EMF cells, replay's totals and the backtest's series all add records through here.
/// </summary>
internal static class InvocationMeasures
{
    /// <summary>One empty value list per distribution slot.</summary>
    public static List<double>[] NewDistributions() => [.. S.Invocation.Distributions.Select(_ => new List<double>())];

    /// <summary>Adds the record to the sums and appends its observations to the distributions.</summary>
    public static void Add(InvocationRecord record, bool priced, double costUsd, Span<double> sums, ReadOnlySpan<List<double>> distributions)
    {
        AddSums(record, priced, costUsd, sums);
        Span<double> observed = stackalloc double[distributions.Length];
        Observe(record, observed);
        for (var i = 0; i < observed.Length; i++)
        {
            if (!double.IsNaN(observed[i]))
                distributions[i].Add(observed[i]);
        }
    }

    /// <summary>Adds the record's contribution to each summed metric.</summary>
    /// <param name="priced">Whether the price table knows the model; its tokens count as unpriced otherwise.</param>
    public static void AddSums(InvocationRecord record, bool priced, double costUsd, Span<double> sums)
    {
        var t = record.Tokens;
        sums[S.Invocations.Slot]++;
        sums[S.InputTokens.Slot] += t.Input;
        sums[S.OutputTokens.Slot] += t.Output;
        sums[S.CacheReadInputTokens.Slot] += t.CacheRead;
        sums[S.CacheWriteInputTokens.Slot] += t.CacheWrite;
        if (priced)
            sums[S.CostUsd.Slot] += costUsd;
        else
            sums[S.UnpricedTokens.Slot] += t.Total;
        var errorClass = record.ErrorClass;
        if (errorClass != ErrorClass.None)
        {
            sums[S.Errors.Slot]++;
            sums[S.ErrorsOf(errorClass).Slot]++;
        }
        else if (record.LatencyMs is null)
        {
            sums[S.LatencyUnavailable.Slot]++;
        }
    }

    /// <summary>The record's value of each distribution metric, NaN where it has none.</summary>
    public static void Observe(InvocationRecord record, Span<double> values) =>
        values[S.LatencyMs.Slot] = record.LatencyMs ?? double.NaN;
}
