using LlmWatch.Core.Errors;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Metrics.Schema;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Replay;

/// <summary>Totals for one model (or caller) over a replay: the <see cref="MetricSchema.Invocation"/> metrics, measured as the EMF measures them.</summary>
public sealed class GroupStats(string key)
{
    private readonly double[] _sums = new double[S.Invocation.Sums.Count];
    private readonly List<double>[] _distributions = InvocationMeasures.NewDistributions();
    private readonly bool[] _sorted = [.. S.Invocation.Distributions.Select(_ => true)];

    public string Key { get; } = key;
    public long Invocations => Count(S.Invocations);
    public long InputTokens => Count(S.InputTokens);
    public long OutputTokens => Count(S.OutputTokens);
    public long CacheReadInputTokens => Count(S.CacheReadInputTokens);
    public long CacheWriteInputTokens => Count(S.CacheWriteInputTokens);
    public double CostUsd => Sum(S.CostUsd);
    public long UnpricedTokens => Count(S.UnpricedTokens);
    public long Errors => Count(S.Errors);

    /// <summary>Records served at a non-standard tier (priority, flex, reserved, …) priced at the standard rate because no price is published for that tier.</summary>
    public long PricedAsStandardTier { get; private set; }

    /// <summary>Failed invocations by error class name, classes without failures left out.</summary>
    public SortedDictionary<string, long> ErrorsByClass
    {
        get
        {
            var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
            for (var c = ErrorClass.Throttling; c <= ErrorClass.Other; c++)
            {
                if (Count(S.ErrorsOf(c)) is > 0 and var n)
                    result[c.ToString()] = n;
            }
            return result;
        }
    }

    /// <summary>Failed invocations by the error code as logged.</summary>
    public SortedDictionary<string, long> ErrorCodes { get; } = new(StringComparer.Ordinal);

    public int LatencyCount => _distributions[S.LatencyMs.Slot].Count;

    /// <summary>The value of a summed metric of <see cref="MetricSchema.Invocation"/> over the group.</summary>
    public double Sum(MetricSpec metric) => _sums[metric.Slot];

    public void Add(InvocationRecord record, bool priced, double costUsd) => Add(record, priced, new CostQuote(costUsd, record.ServiceTier));

    /// <summary>Adds a record with its cost quote (valid when <paramref name="priced"/>).</summary>
    public void Add(InvocationRecord record, bool priced, in CostQuote quote)
    {
        var costUsd = quote.Usd;
        if (priced && quote.PricedAs != record.ServiceTier)
            PricedAsStandardTier++;
        InvocationMeasures.AddSums(record, priced, costUsd, _sums);
        Span<double> observed = stackalloc double[_distributions.Length];
        InvocationMeasures.Observe(record, observed);
        for (var i = 0; i < observed.Length; i++)
        {
            if (double.IsNaN(observed[i]))
                continue;
            var values = _distributions[i];
            _sorted[i] = _sorted[i] && (values.Count == 0 || values[^1] <= observed[i]);
            values.Add(observed[i]);
        }
        if (record.ErrorClass != ErrorClass.None)
            ErrorCodes[record.ErrorCode!] = ErrorCodes.GetValueOrDefault(record.ErrorCode!) + 1;
    }

    /// <summary>Nearest-rank percentile over the records that carry a latency; null when none do.</summary>
    public double? LatencyPercentile(double percentile) => Percentile(S.LatencyMs, percentile);

    /// <summary>Nearest-rank percentile of a distribution metric; null when no record observed it.</summary>
    public double? Percentile(MetricSpec distribution, double percentile)
    {
        var values = _distributions[distribution.Slot];
        if (values.Count == 0)
            return null;
        if (!_sorted[distribution.Slot])
        {
            values.Sort();
            _sorted[distribution.Slot] = true;
        }
        return Percentiles.NearestRank(values, percentile);
    }

    private long Count(MetricSpec metric) => (long)_sums[metric.Slot];
}
