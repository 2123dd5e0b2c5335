namespace LlmWatch.Core.Replay;

/// <summary>Exact percentiles by the nearest-rank method.</summary>
public static class Percentiles
{
    /// <summary>The smallest value such that at least <paramref name="percentile"/>% of values are ≤ it.</summary>
    /// <param name="sorted">Values in ascending order; must not be empty.</param>
    public static double NearestRank(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
