namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>
/// A team's on-call schedule, as read from its schedule file: who can be paged, the rotation of each tier, cover
/// for absences, and recurring maintenance windows. All wall-clock times are in <see cref="Zone"/>.
/// Built only by <see cref="ScheduleReader"/>, which has already checked every reference and overlap.
/// </summary>
public sealed record Schedule(
    TimeZoneInfo Zone,
    IReadOnlyDictionary<string, SchedulePerson> People,
    IReadOnlyList<Rotation> Rotations,
    IReadOnlyList<ScheduleOverride> Overrides,
    IReadOnlyList<MaintenanceWindow> MaintenanceWindows)
{
    /// <summary>One more than the highest tier any rotation or override names; 0 for an empty schedule.</summary>
    public int TierCount =>
        Math.Max(Rotations.Count == 0 ? 0 : Rotations.Max(r => r.Tier) + 1, Overrides.Count == 0 ? 0 : Overrides.Max(o => o.Tier) + 1);

    public Rotation? RotationFor(int tier) => Rotations.FirstOrDefault(r => r.Tier == tier);
}
