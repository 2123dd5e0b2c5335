using System.Text;

namespace LlmWatch.Core.Records;

/// <summary>
/// Turns repeated UTF-8 values (model ids, callers, operations) into shared strings without allocating per lookup.
/// Per-instance and unsynchronized: one cache per parser user.
/// </summary>
public sealed class Utf8StringCache
{
    private const int MaxEntries = 4096;
    private readonly Dictionary<int, List<(byte[] Bytes, string Value)>> _entries = [];
    private int _count;

    public string Get(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        if (_entries.TryGetValue(hash, out var bucket))
        {
            foreach (var (bytes, value) in bucket)
            {
                if (utf8.SequenceEqual(bytes))
                    return value;
            }
        }
        var text = Encoding.UTF8.GetString(utf8);
        if (_count >= MaxEntries)
            return text; // bounded: unusual cardinality must not grow memory without limit
        if (bucket is null)
            _entries[hash] = bucket = new List<(byte[], string)>(1);
        bucket.Add((utf8.ToArray(), text));
        _count++;
        return text;
    }

    private static int Hash(ReadOnlySpan<byte> s)
    {
        var h = 2166136261u;
        foreach (var b in s)
            h = (h ^ b) * 16777619u;
        return (int)h;
    }
}
