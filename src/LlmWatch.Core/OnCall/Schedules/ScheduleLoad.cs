namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>The outcome of reading a schedule file: the schedule, or every problem found (never both).</summary>
public sealed record ScheduleLoad(Schedule? Schedule, IReadOnlyList<ScheduleError> Errors)
{
    public bool IsValid => Schedule is not null;
}
