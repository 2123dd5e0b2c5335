using System.Globalization;
using LlmWatch.Core.Replay;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>CloudWatch statistics over the minutes of one period; null when the period has no data.</summary>
public static class Statistics
{
    public static double? Compute(string stat, IEnumerable<MinuteAggregate> minutes)
    {
        double sum = 0, min = double.MaxValue, max = double.MinValue;
        long count = 0;
        List<double>? values = null;
        var percentile = stat.Length > 1 && (stat[0] == 'p' || stat[0] == 'P')
            ? double.Parse(stat.AsSpan(1), NumberStyles.Float, CultureInfo.InvariantCulture)
            : (double?)null;
        foreach (var m in minutes)
        {
            sum += m.Sum;
            count += m.Count;
            min = Math.Min(min, m.Min);
            max = Math.Max(max, m.Max);
            if (percentile is not null) (values ??= []).AddRange(m.Values);
        }
        if (count == 0) return null;
        return stat switch
        {
            "Sum" => sum,
            "SampleCount" => count,
            "Average" => sum / count,
            "Minimum" => min,
            "Maximum" => max,
            _ when percentile is { } p => values is { Count: > 0 } ? NearestRank(values, p) : null,
            _ => throw new ArgumentException($"unsupported statistic '{stat}'", nameof(stat)),
        };
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least p% of the values at or below it.</summary>
    public static double NearestRank(List<double> values, double percentile)
    {
        values.Sort();
        return Percentiles.NearestRank(values, percentile);
    }
}
