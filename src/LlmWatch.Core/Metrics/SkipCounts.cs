using LlmWatch.Core.Records;

namespace LlmWatch.Core.Metrics;

/// <summary>Skipped records by reason.</summary>
public sealed class SkipCounts
{
    private readonly int[] _counts = new int[Enum.GetValues<SkipReason>().Length];

    public int Total { get; private set; }

    public void Add(SkipReason reason, int count = 1)
    {
        _counts[(int)reason] += count;
        Total += count;
    }

    public int this[SkipReason reason] => _counts[(int)reason];

    public void Clear()
    {
        Array.Clear(_counts);
        Total = 0;
    }

    /// <summary>Non-zero counts, keyed by reason name.</summary>
    public IReadOnlyDictionary<string, int> ToDictionary()
    {
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] > 0)
                result[((SkipReason)i).ToString()] = _counts[i];
        }
        return result;
    }
}
