namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>
/// Answers "who is on call" from a <see cref="Schedule"/>: per tier at an instant, the handoffs in a range, and the
/// maintenance window (if any) covering an alarm. Pure: the caller passes the instant (from its
/// <see cref="TimeProvider"/>), so the alarm and escalate functions, the CLI and the tests share one answer.
/// <para>
/// Rules, in order: an override covering the instant wins; otherwise the tier's rotation, whose n-th handoff is at
/// local <c>start + n × length</c> resolved by <see cref="WallClock"/>; before the rotation's start, or for a tier
/// with no rotation, nobody: the tier falls back to its topic. A shift whose local span falls entirely inside a
/// spring-forward gap lasts no time, so that person is skipped that once.
/// </para>
/// </summary>
public sealed class ScheduleResolver(Schedule schedule)
{
    public Schedule Schedule { get; } = schedule;

    /// <summary>
    /// Every tier from 0 to <c>max(tierCount, Schedule.TierCount) - 1</c> at <paramref name="at"/>: pass the number
    /// of tiers the deployment pages (its escalation policy) so tiers without a rotation show their topic fallback.
    /// </summary>
    public IReadOnlyList<TierOnCall> OnCallAt(DateTimeOffset at, int tierCount)
    {
        var count = Math.Max(tierCount, Schedule.TierCount);
        var tiers = new TierOnCall[count];
        for (var tier = 0; tier < count; tier++)
            tiers[tier] = ForTier(tier, at);
        return tiers;
    }

    /// <summary>The person to page for <paramref name="tier"/> at <paramref name="at"/>, or the topic fallback.</summary>
    public TierOnCall ForTier(int tier, DateTimeOffset at)
    {
        foreach (var o in Schedule.Overrides)
        {
            if (o.Tier == tier && o.Covers(at))
                return new TierOnCall(tier, Schedule.People[o.Person], OnCallSource.Override);
        }
        if (Schedule.RotationFor(tier) is { } rotation && ShiftIndex(rotation, at) is { } n)
            return new TierOnCall(tier, Schedule.People[rotation.PersonOfShift(n)], OnCallSource.Rotation);
        return new TierOnCall(tier, null, OnCallSource.Topic);
    }

    /// <summary>
    /// Handoffs at instants in [<paramref name="from"/>, <paramref name="to"/>), ordered by time then tier. Only real
    /// changes count: a rotation boundary where the same person carries on, or a shift that lasts no time, is none.
    /// </summary>
    public IReadOnlyList<Handoff> HandoffsBetween(DateTimeOffset from, DateTimeOffset to, int tierCount)
    {
        var handoffs = new List<Handoff>();
        var count = Math.Max(tierCount, Schedule.TierCount);
        for (var tier = 0; tier < count; tier++)
        {
            foreach (var at in Boundaries(tier, from, to))
            {
                var before = ForTier(tier, at.AddTicks(-1));
                var after = ForTier(tier, at);
                if (!ReferenceEquals(before.Person, after.Person))
                    handoffs.Add(new Handoff(at, tier, before.Person, after.Person, before.Source, after.Source));
            }
        }
        return [.. handoffs.OrderBy(h => h.At).ThenBy(h => h.Tier)];
    }

    /// <summary>The maintenance window covering <paramref name="alarmName"/> (scoped to <paramref name="modelId"/>) at <paramref name="at"/>, or null.</summary>
    public MaintenanceOccurrence? MaintenanceFor(string alarmName, string? modelId, DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(WallClock.ToLocal(at, Schedule.Zone));
        foreach (var window in Schedule.MaintenanceWindows)
        {
            if (!window.Match.Matches(alarmName, modelId))
                continue;
            // A window that runs past midnight may have started the local day before.
            foreach (var start in (DateOnly[])[day.AddDays(-1), day])
            {
                if (window.OccurrenceOn(start, Schedule.Zone) is { } occurrence && occurrence.Covers(at))
                    return occurrence;
            }
        }
        return null;
    }

    /// <summary>Every maintenance occurrence overlapping [<paramref name="from"/>, <paramref name="to"/>), by start.</summary>
    public IReadOnlyList<MaintenanceOccurrence> MaintenanceBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var found = new List<MaintenanceOccurrence>();
        var first = DateOnly.FromDateTime(WallClock.ToLocal(from, Schedule.Zone)).AddDays(-1);
        var last = DateOnly.FromDateTime(WallClock.ToLocal(to, Schedule.Zone));
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            foreach (var window in Schedule.MaintenanceWindows)
            {
                if (window.OccurrenceOn(day, Schedule.Zone) is { } o && o.To > from && o.From < to)
                    found.Add(o);
            }
        }
        return [.. found.OrderBy(o => o.From).ThenBy(o => o.Window.Name, StringComparer.Ordinal)];
    }

    /// <summary>The instant of the rotation's <paramref name="n"/>-th handoff.</summary>
    public DateTimeOffset HandoffInstant(Rotation rotation, long n) => WallClock.ToInstant(rotation.LocalHandoff(n), Schedule.Zone);

    /// <summary>
    /// The shift covering <paramref name="at"/>: the largest n with handoff(n) ≤ at, or null before the start. The
    /// local clock gives a first guess; the loops correct it by the hour a daylight-saving change can add or remove.
    /// </summary>
    private long? ShiftIndex(Rotation rotation, DateTimeOffset at)
    {
        if (at < HandoffInstant(rotation, 0))
            return null;
        var local = WallClock.ToLocal(at, Schedule.Zone);
        var n = Math.Max(0, (local - rotation.Start).Ticks / rotation.Length.Local.Ticks);
        while (n > 0 && HandoffInstant(rotation, n) > at)
            n--;
        while (HandoffInstant(rotation, n + 1) <= at)
            n++;
        return n;
    }

    /// <summary>Instants in [from, to) where the tier's source may change: rotation handoffs and override edges.</summary>
    private SortedSet<DateTimeOffset> Boundaries(int tier, DateTimeOffset from, DateTimeOffset to)
    {
        var set = new SortedSet<DateTimeOffset>();
        foreach (var o in Schedule.Overrides)
        {
            if (o.Tier != tier)
                continue;
            if (o.From >= from && o.From < to)
                set.Add(o.From);
            if (o.To >= from && o.To < to)
                set.Add(o.To);
        }
        if (Schedule.RotationFor(tier) is not { } rotation)
            return set;
        var n = ShiftIndex(rotation, from) ?? 0;
        for (var at = HandoffInstant(rotation, n); at < to; at = HandoffInstant(rotation, ++n))
        {
            if (at >= from)
                set.Add(at);
        }
        return set;
    }
}
