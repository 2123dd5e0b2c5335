namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>
/// Turns a local wall-clock time in a zone into an instant with one rule: <b>the first instant at which the zone's
/// clock reads that time or later</b>. A time inside a spring-forward gap (02:30 when clocks jump from 02:00 to
/// 03:00) becomes the end of the gap (03:00 after the jump); a time that happens twice after a fall-back (02:30 when
/// clocks go back from 03:00 to 02:00) is its first occurrence (summer time). The rule is monotonic: later local
/// times never map to earlier instants, so handoffs stay in order and a shift can shrink to nothing but never
/// runs backwards.
/// </summary>
public static class WallClock
{
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier instant (summer time, before the clocks go back).
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var largest = offsets.Max();
            return new DateTimeOffset(local, largest);
        }
        if (!zone.IsInvalidTime(local))
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        return EndOfGap(local, zone);
    }

    /// <summary>The wall-clock time in <paramref name="zone"/> at <paramref name="instant"/>.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);

    /// <summary>The instant with its offset in <paramref name="zone"/> (for display).</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>
    /// The transition that opened the gap containing <paramref name="local"/>: the first instant whose offset differs
    /// from the offset 15 hours earlier. Offsets stay within ±14 h, so the transition lies within ±15 h of the local
    /// time read as UTC, and zones never change offset twice within a day.
    /// </summary>
    private static DateTimeOffset EndOfGap(DateTime local, TimeZoneInfo zone)
    {
        var asUtc = new DateTimeOffset(local.Ticks, TimeSpan.Zero);
        var lo = asUtc.AddHours(-15);
        var hi = asUtc.AddHours(15);
        var before = zone.GetUtcOffset(lo);
        // Invariant: offset(lo) == before, offset(hi) != before. Narrow to the first tick after the change.
        while (hi - lo > TimeSpan.FromTicks(1))
        {
            var mid = lo + TimeSpan.FromTicks((hi - lo).Ticks / 2);
            if (zone.GetUtcOffset(mid) == before)
                lo = mid;
            else
                hi = mid;
        }
        return hi.ToOffset(zone.GetUtcOffset(hi));
    }
}
