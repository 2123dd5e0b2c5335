using System.Globalization;

namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>Parses alarm timestamps like <c>2025-03-04T10:15:42.587+0000</c> (offset without a colon).</summary>
public static class AlarmTimestamps
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.fffzzz",
        "yyyy-MM-dd'T'HH:mm:ss.fffK",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ssK",
    ];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrEmpty(text))
            return false;
        // "+0000" → "+00:00" so the zzz/K specifiers accept it on every runtime.
        var s = text;
        if (s.Length > 5 && (s[^5] == '+' || s[^5] == '-') && char.IsAsciiDigit(s[^1]) && s[^3] != ':')
            s = string.Concat(s.AsSpan(0, s.Length - 2), ":", s.AsSpan(s.Length - 2));
        if (!DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
            return false;
        value = value.ToUniversalTime();
        return true;
    }

    /// <summary>Formats in the same shape CloudWatch uses (UTC, <c>+0000</c>).</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";
}
