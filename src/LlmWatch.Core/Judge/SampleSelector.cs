using System.Buffers;
using System.Text;

namespace LlmWatch.Core.Judge;

/// <summary>
/// Deterministic sampling: FNV-1a (64-bit) of the request id's UTF-8 bytes mapped to [0, 1) and compared with the rate.
/// The same record is always in or out, across containers, replays and processes (string.GetHashCode is randomized per process).
/// </summary>
public static class SampleSelector
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static bool IsSelected(string requestId, double rate) =>
        rate >= 1 || (rate > 0 && Fraction(requestId) < rate);

    /// <summary>The request id's position in [0, 1).</summary>
    public static double Fraction(string requestId) => (Fnv1a64(requestId) >> 11) * (1.0 / (1UL << 53));

    public static ulong Fnv1a64(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var buffer = max <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            return Fnv1a64(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static ulong Fnv1a64(ReadOnlySpan<byte> bytes)
    {
        var hash = OffsetBasis;
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= Prime;
        }
        return hash;
    }
}
