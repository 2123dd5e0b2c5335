namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>Cover: <see cref="Person"/> is on call for <see cref="Tier"/> from <see cref="From"/> until just before <see cref="To"/>, whatever the rotation says.</summary>
public sealed record ScheduleOverride(int Tier, string Person, DateTimeOffset From, DateTimeOffset To)
{
    public bool Covers(DateTimeOffset instant) => instant >= From && instant < To;
}
