namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>The moment on-call duty for a tier passes from one person (or the topic, when null) to another.</summary>
public sealed record Handoff(DateTimeOffset At, int Tier, SchedulePerson? From, SchedulePerson? To, OnCallSource FromSource, OnCallSource ToSource)
{
    /// <summary>What caused it: <c>rotation</c>, <c>override</c> (cover starts) or <c>override-ends</c>.</summary>
    public string Reason => (FromSource, ToSource) switch
    {
        (_, OnCallSource.Override) => "override",
        (OnCallSource.Override, _) => "override-ends",
        _ => "rotation",
    };
}
