namespace LlmWatch.Core.Paging.Chat;

/// <summary>The outcome of checking a request that claims to come from Slack; only <see cref="Valid"/> may act.</summary>
public enum SlackVerification
{
    Valid,

    /// <summary>No <c>X-Slack-Request-Timestamp</c> or <c>X-Slack-Signature</c>.</summary>
    MissingHeaders,

    /// <summary>The timestamp is not whole Unix seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is more than five minutes from now (either way).</summary>
    StaleTimestamp,

    /// <summary>Not <c>v0=</c> + the HMAC of this body and timestamp under the signing secret.</summary>
    BadSignature,

    /// <summary>A correct signature seen before within the window: a replayed request.</summary>
    Replayed,
}
