namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>Who is on call for one tier at an instant; <see cref="Person"/> is null when the tier falls back to its topic.</summary>
public sealed record TierOnCall(int Tier, SchedulePerson? Person, OnCallSource Source)
{
    public bool FallsBackToTopic => Person is null;
}
