namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>One problem in a schedule file, at a JSON path: <c>$.rotations[0].people[2]: unknown person "dan"</c>.</summary>
public sealed record ScheduleError(string Path, string Problem)
{
    public override string ToString() => $"{Path}: {Problem}";
}
