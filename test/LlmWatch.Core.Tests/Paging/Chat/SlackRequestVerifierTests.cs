using System.Globalization;
using System.Text;
using LlmWatch.Core.Paging.Chat;
using LlmWatch.TestKit.Chat;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Core.Tests.Paging.Chat;

public class SlackRequestVerifierTests
{
    private static readonly byte[] Secret = Encoding.ASCII.GetBytes("8f742231b10e8888abcd99yyyzzz85a5");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("payload=%7B%22type%22%3A%22block_actions%22%7D");
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
    private readonly InMemoryReplayGuard _seen;
    private readonly SlackRequestVerifier _verifier;

    public SlackRequestVerifierTests()
    {
        _seen = new InMemoryReplayGuard(_clock);
        _verifier = new SlackRequestVerifier(Secret, _clock, _seen);
    }

    private string Now => _clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private ValueTask<SlackVerification> VerifyAsync(string? timestamp, string? signature, byte[]? body = null) =>
        _verifier.VerifyAsync(timestamp, signature, body ?? Body, TestContext.Current.CancellationToken);

    [Fact]
    public void Signature_is_v0_hex_hmac_sha256_of_version_timestamp_and_body()
    {
        // Slack's documented example: secret 8f742231b10e8888abcd99yyyzzz85a5, timestamp 1531420618.
        var body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        Assert.Equal("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
            SlackRequestVerifier.Sign(Secret, "1531420618", Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public async Task A_correctly_signed_fresh_request_is_valid_once()
    {
        var signature = SlackRequestVerifier.Sign(Secret, Now, Body);

        Assert.Equal(SlackVerification.Valid, await VerifyAsync(Now, signature));
        Assert.Equal(SlackVerification.Replayed, await VerifyAsync(Now, signature));
        Assert.Equal(SlackVerification.Replayed, await VerifyAsync(Now, signature.ToUpperInvariant().Replace("V0=", "v0=", StringComparison.Ordinal)));
        var expiry = Assert.Single(_seen.Seen).Value;
        Assert.Equal(_clock.GetUtcNow() + SlackRequestVerifier.Window, expiry);
    }

    [Fact]
    public async Task A_replay_after_the_window_is_refused_as_stale_not_accepted()
    {
        var timestamp = Now;
        var signature = SlackRequestVerifier.Sign(Secret, timestamp, Body);
        Assert.Equal(SlackVerification.Valid, await VerifyAsync(timestamp, signature));

        _clock.Advance(SlackRequestVerifier.Window + TimeSpan.FromSeconds(1));

        Assert.Equal(SlackVerification.StaleTimestamp, await VerifyAsync(timestamp, signature));
    }

    [Fact]
    public async Task Wrong_secret_altered_body_and_malformed_signatures_are_refused_and_never_remembered()
    {
        var wrongSecret = SlackRequestVerifier.Sign("another-app-signing-secret"u8, Now, Body);
        var otherBody = SlackRequestVerifier.Sign(Secret, Now, Encoding.UTF8.GetBytes("payload=%7B%7D"));

        Assert.Equal(SlackVerification.BadSignature, await VerifyAsync(Now, wrongSecret));
        Assert.Equal(SlackVerification.BadSignature, await VerifyAsync(Now, otherBody));
        Assert.Equal(SlackVerification.BadSignature, await VerifyAsync(Now, "v1=" + wrongSecret[3..]));
        Assert.Equal(SlackVerification.BadSignature, await VerifyAsync(Now, "v0=zz" + wrongSecret[5..]));
        Assert.Equal(SlackVerification.BadSignature, await VerifyAsync(Now, wrongSecret[..^2]));
        Assert.Empty(_seen.Seen);
    }

    [Theory]
    [InlineData(-301, SlackVerification.StaleTimestamp)]
    [InlineData(-300, SlackVerification.Valid)]
    [InlineData(300, SlackVerification.Valid)]
    [InlineData(301, SlackVerification.StaleTimestamp)]
    public async Task Timestamps_are_accepted_within_five_minutes_either_way(int offsetSeconds, SlackVerification expected)
    {
        var timestamp = (_clock.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds).ToString(CultureInfo.InvariantCulture);
        Assert.Equal(expected, await VerifyAsync(timestamp, SlackRequestVerifier.Sign(Secret, timestamp, Body)));
    }

    [Theory]
    [InlineData(null, "v0=00")]
    [InlineData("1800000000", null)]
    [InlineData("", "v0=00")]
    public async Task Missing_headers_are_refused(string? timestamp, string? signature) =>
        Assert.Equal(SlackVerification.MissingHeaders, await VerifyAsync(timestamp, signature));

    [Theory]
    [InlineData("1800000000.5")]
    [InlineData("-1800000000")]
    [InlineData("soon")]
    [InlineData("99999999999999999999")]
    public async Task Timestamps_that_are_not_unix_seconds_are_refused(string timestamp) =>
        Assert.Equal(SlackVerification.MalformedTimestamp, await VerifyAsync(timestamp, SlackRequestVerifier.Sign(Secret, timestamp, Body)));
}
