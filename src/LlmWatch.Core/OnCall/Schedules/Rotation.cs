namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>
/// People taking turns on one tier: <c>People[0]</c> from <see cref="Start"/> (local wall-clock time in the
/// schedule's zone), the next one <see cref="Length"/> later on the local clock, and round again.
/// </summary>
public sealed record Rotation(int Tier, IReadOnlyList<string> People, DateTime Start, ShiftLength Length)
{
    /// <summary>The local wall-clock time of the <paramref name="n"/>-th handoff (n = 0 is the start).</summary>
    public DateTime LocalHandoff(long n) => Start + Length.Local * n;

    public string PersonOfShift(long n) => People[(int)(n % People.Count)];
}
