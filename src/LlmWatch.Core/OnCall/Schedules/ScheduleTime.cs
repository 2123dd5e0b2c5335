using System.Globalization;

namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>
/// Date-times in schedule files and on the command line: ISO-8601 <c>2027-03-22T09:00</c> (seconds optional) is a
/// local wall-clock time in the schedule's zone; with <c>Z</c> or an offset (<c>2027-03-24T18:00+01:00</c>) it is an
/// exact instant. A bare date (<c>2027-03-22</c>) is local midnight.
/// </summary>
public static class ScheduleTime
{
    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    private static readonly string[] OffsetFormats =
        ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    /// <summary>A local wall-clock time without offset; false for anything else (including a time with an offset).</summary>
    public static bool TryParseLocal(string text, out DateTime local) =>
        DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);

    /// <summary>True when the text carries <c>Z</c> or a <c>±hh:mm</c> offset after its time.</summary>
    public static bool HasOffset(string text)
    {
        var t = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (t < 0)
            return false;
        var time = text.AsSpan(t + 1);
        return time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.IndexOfAny('+', '-') >= 0;
    }

    /// <summary>
    /// Parses an instant: exact when the text has an offset, otherwise a local time (or date) in <paramref name="zone"/>
    /// resolved by <see cref="WallClock"/>.
    /// </summary>
    public static bool TryParseInstant(string text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        instant = default;
        var s = text.Trim();
        if (HasOffset(s))
        {
            if (s.EndsWith('Z') || s.EndsWith('z'))
                s = s[..^1] + "+00:00";
            return DateTimeOffset.TryParseExact(s, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
        }
        if (TryParseLocal(s, out var local)
            || DateTime.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            instant = WallClock.ToInstant(local, zone);
            return true;
        }
        return false;
    }

    /// <summary>An instant as ISO-8601 with the zone's offset: <c>2027-03-29T09:00:00+02:00</c>.</summary>
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone) =>
        WallClock.InZone(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>An instant as ISO-8601 UTC: <c>2027-03-29T07:00:00Z</c>.</summary>
    public static string FormatUtc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
