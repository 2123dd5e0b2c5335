namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>One run of a maintenance window, as instants.</summary>
public sealed record MaintenanceOccurrence(MaintenanceWindow Window, DateTimeOffset From, DateTimeOffset To)
{
    public bool Covers(DateTimeOffset instant) => instant >= From && instant < To;
}
