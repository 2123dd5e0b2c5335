using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LlmWatch.Core.Ports;

namespace LlmWatch.Core.Paging.Chat;

/// <summary>
/// Verifies Slack's request signing: <c>X-Slack-Signature</c> must be <c>v0=</c> + hex HMAC-SHA256 of
/// <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c> under the app's signing secret; the timestamp must be within
/// five minutes of now (on the injected clock), the comparison takes the same time wherever the bytes differ, and a
/// valid signature is accepted once. The replay check runs last, so only correctly signed requests reach the guard
/// and nobody can fill it with junk.
/// </summary>
public sealed class SlackRequestVerifier
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private readonly byte[] _secret;
    private readonly TimeProvider _time;
    private readonly IReplayGuard _seen;

    public SlackRequestVerifier(ReadOnlySpan<byte> signingSecret, TimeProvider time, IReplayGuard seen)
    {
        if (signingSecret.IsEmpty)
            throw new ArgumentException("the Slack signing secret is empty", nameof(signingSecret));
        _secret = signingSecret.ToArray();
        _time = time;
        _seen = seen;
    }

    public async ValueTask<SlackVerification> VerifyAsync(string? timestamp, string? signature, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
            return SlackVerification.MissingHeaders;
        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SlackVerification.MalformedTimestamp;
        var sent = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((_time.GetUtcNow() - sent).Duration() > Window)
            return SlackVerification.StaleTimestamp;
        if (!SignatureMatches(timestamp, signature, body.Span))
            return SlackVerification.BadSignature;
        // Lower-cased, so the same signature in upper-case hex is the same replay.
        var key = "slack-request#" + signature[3..].ToLowerInvariant();
        var first = await _seen.FirstSightingAsync(key, sent + Window, cancellationToken);
        return first ? SlackVerification.Valid : SlackVerification.Replayed;
    }

    /// <summary>The header Slack sends for this body and timestamp (for fakes and tests).</summary>
    public static string Sign(ReadOnlySpan<byte> signingSecret, string timestamp, ReadOnlySpan<byte> body) =>
        Version + "=" + Convert.ToHexStringLower(Mac(signingSecret, timestamp, body));

    private bool SignatureMatches(string timestamp, string signature, ReadOnlySpan<byte> body)
    {
        Span<byte> given = stackalloc byte[32];
        if (signature.Length != 3 + 64 || !signature.StartsWith("v0=", StringComparison.Ordinal)
            || Convert.FromHexString(signature.AsSpan(3), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
            return false;
        return CryptographicOperations.FixedTimeEquals(Mac(_secret, timestamp, body), given);
    }

    private static byte[] Mac(ReadOnlySpan<byte> secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(secret, message);
    }
}
