using System.Globalization;
using LlmWatch.Core.OnCall.Schedules;

namespace LlmWatch.Cli.Rendering;

/// <summary>Plain-text tables for <c>oncall who</c> and <c>oncall show</c>, times in the schedule's zone.</summary>
internal static class OnCallText
{
    public static void WriteWho(TextWriter output, Schedule schedule, DateTimeOffset at, IReadOnlyList<TierOnCall> tiers, IReadOnlyList<MaintenanceOccurrence> maintenance)
    {
        output.WriteLine($"On call at {Local(at, schedule)} ({ScheduleTime.FormatUtc(at)}, {schedule.Zone.Id})");
        foreach (var t in tiers)
        {
            var who = t.Source switch
            {
                OnCallSource.Override => $"{t.Person!.Id} (override)",
                OnCallSource.Rotation => t.Person!.Id,
                _ => "nobody scheduled: pages go to the tier's topic",
            };
            output.WriteLine($"  tier {t.Tier}  {who}{Channels(t.Person)}");
        }
        foreach (var m in maintenance)
            output.WriteLine($"  maintenance {m.Window.Name} ({m.Window.Match}) until {Local(m.To, schedule)}: matching alarms are not paged");
    }

    public static void WriteShow(TextWriter output, Schedule schedule, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<Handoff> handoffs, IReadOnlyList<MaintenanceOccurrence> maintenance)
    {
        output.WriteLine($"Handoffs from {Local(from, schedule)} to {Local(to, schedule)} ({schedule.Zone.Id})");
        if (handoffs.Count == 0)
            output.WriteLine("  none");
        foreach (var h in handoffs)
        {
            var reason = h.Reason == "rotation" ? "" : $" ({h.Reason})";
            output.WriteLine($"  {Local(h.At, schedule)}  {ScheduleTime.FormatUtc(h.At)}  tier {h.Tier}  {Name(h.From)} -> {Name(h.To)}{reason}");
        }
        if (maintenance.Count == 0)
            return;
        output.WriteLine("Maintenance windows");
        foreach (var m in maintenance)
            output.WriteLine($"  {Local(m.From, schedule)} .. {Local(m.To, schedule)}  {m.Window.Name} ({m.Window.Match})");
    }

    private static string Name(SchedulePerson? person) => person?.Id ?? "topic";

    private static string Channels(SchedulePerson? person) => person is null
        ? ""
        : "  " + string.Join(", ", new[] { person.Email, person.Sms }.Where(c => c is not null));

    private static string Local(DateTimeOffset at, Schedule schedule) =>
        WallClock.InZone(at, schedule.Zone).ToString("ddd yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
