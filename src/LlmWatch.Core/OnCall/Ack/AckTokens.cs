using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LlmWatch.Core.OnCall.Ack;

/// <summary>Per-incident, per-tier ack tokens: base64url(HMAC-SHA256(secret, incidentId|tier)).</summary>
public sealed class AckTokens
{
    private readonly byte[] _secret;

    public AckTokens(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < 16)
            throw new ArgumentException("the ack secret must be at least 16 bytes", nameof(secret));
        _secret = secret.ToArray();
    }

    public string Create(string incidentId, int tier) => Base64Url.EncodeToString(Mac(incidentId, tier));

    /// <summary>The tier whose token this is, or null. Compares in constant time against every tier's token.</summary>
    public int? Verify(string incidentId, string? token, int tierCount)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
            return null;
        Span<byte> given = stackalloc byte[48];
        if (!Base64Url.IsValid(token) || !Base64Url.TryDecodeFromChars(token, given, out var written) || written != 32)
            return null;
        int? match = null;
        for (var tier = 0; tier < tierCount; tier++)
        {
            // No early exit: the time taken does not depend on which tier (if any) matched.
            if (CryptographicOperations.FixedTimeEquals(Mac(incidentId, tier), given[..32]))
                match = tier;
        }
        return match;
    }

    /// <summary>The id recorded when a token is used (not the token itself).</summary>
    public static string TokenId(int tier) => "tier-" + tier.ToString(CultureInfo.InvariantCulture);

    private byte[] Mac(string incidentId, int tier) =>
        HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes($"{incidentId}|{tier.ToString(CultureInfo.InvariantCulture)}"));
}
