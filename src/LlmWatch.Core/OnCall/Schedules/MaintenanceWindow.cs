namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>
/// A recurring planned change: on each of <see cref="Days"/>, from <see cref="Start"/> to <see cref="End"/> local
/// time, alarms matching <see cref="Match"/> are not paged. An end at or before the start runs past midnight into
/// the next day (23:00–01:00). Both ends follow <see cref="WallClock"/>: a window starting at 02:00 on the night the
/// clocks jump from 02:00 to 03:00 opens at 03:00, and one starting at 02:00 on the night they go back opens at the
/// first 02:00.
/// </summary>
public sealed record MaintenanceWindow(string Name, AlarmMatch Match, IReadOnlySet<DayOfWeek> Days, TimeOnly Start, TimeOnly End, string? Reason)
{
    /// <summary>True when the window runs past midnight (its end belongs to the next day).</summary>
    public bool CrossesMidnight => End <= Start;

    /// <summary>The occurrence that starts on local <paramref name="day"/>, or null when the window does not run that day.</summary>
    public MaintenanceOccurrence? OccurrenceOn(DateOnly day, TimeZoneInfo zone)
    {
        if (!Days.Contains(day.DayOfWeek))
            return null;
        var from = WallClock.ToInstant(day.ToDateTime(Start), zone);
        var endDay = CrossesMidnight ? day.AddDays(1) : day;
        var to = WallClock.ToInstant(endDay.ToDateTime(End), zone);
        return to > from ? new MaintenanceOccurrence(this, from, to) : null;
    }
}
