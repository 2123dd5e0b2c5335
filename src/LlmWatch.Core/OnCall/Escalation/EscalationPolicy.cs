using LlmWatch.Core.Alarms;

namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>When each tier is paged, measured from the first page (default 0/15/30/60 minutes).</summary>
public sealed record EscalationPolicy
{
    /// <summary>SQS caps DelaySeconds at 900; longer gaps take several hops.</summary>
    public static readonly TimeSpan MaxHop = TimeSpan.FromSeconds(900);

    public EscalationPolicy(IReadOnlyList<TimeSpan> tierDelays)
    {
        if (tierDelays.Count == 0 || tierDelays[0] != TimeSpan.Zero)
            throw new ArgumentException("the first tier is paged at once (delay 0)", nameof(tierDelays));
        for (var i = 1; i < tierDelays.Count; i++)
        {
            if (tierDelays[i] <= tierDelays[i - 1])
                throw new ArgumentException("tier delays must increase", nameof(tierDelays));
        }
        TierDelays = tierDelays;
    }

    public IReadOnlyList<TimeSpan> TierDelays { get; }

    public int TierCount => TierDelays.Count;

    public static EscalationPolicy Default { get; } = FromMinutes(0, 15, 30, 60);

    public static EscalationPolicy FromMinutes(params int[] minutes) => new(minutes.Select(m => TimeSpan.FromMinutes(m)).ToArray());

    /// <summary>The check that pages the tier after <paramref name="pagedTier"/>, or null when it was the last.</summary>
    public EscalationCheck? NextAfter(Incident incident, int pagedTier)
    {
        var next = pagedTier + 1;
        return next < TierCount ? new EscalationCheck(incident.Id, next, incident.OpenedAt + TierDelays[next]) : null;
    }

    /// <summary>The SQS delay for the next hop towards <paramref name="due"/> (0..900 s).</summary>
    public static TimeSpan HopDelay(DateTimeOffset due, DateTimeOffset now)
    {
        var remaining = due - now;
        if (remaining <= TimeSpan.Zero)
            return TimeSpan.Zero;
        return remaining > MaxHop ? MaxHop : TimeSpan.FromSeconds(Math.Ceiling(remaining.TotalSeconds));
    }

    /// <summary>What to do when a re-check arrives: pure, given the incident, the alarm's current state and now.</summary>
    public EscalationDecision Decide(Incident? incident, AlarmState alarmState, EscalationCheck check, DateTimeOffset now)
    {
        if (incident is null)
            return EscalationDecision.Stop("incident not found");
        if (incident.Status == IncidentStatus.Acknowledged)
            return EscalationDecision.Stop($"acknowledged by {incident.AckedBy}");
        if (incident.Status == IncidentStatus.Resolved)
            return EscalationDecision.Stop("resolved");
        if (alarmState is AlarmState.Ok)
            return EscalationDecision.Stop("alarm is OK");
        if (alarmState is AlarmState.Unknown)
            return EscalationDecision.Stop("alarm not found");
        if (check.Tier >= TierCount)
            return EscalationDecision.Stop("no such tier");
        if (incident.HasPaged(check.Tier))
            return EscalationDecision.Stop($"tier {check.Tier} already paged");
        if (now < check.DueAt)
            return EscalationDecision.Reschedule(HopDelay(check.DueAt, now));
        return EscalationDecision.Page(check.Tier);
    }
}
