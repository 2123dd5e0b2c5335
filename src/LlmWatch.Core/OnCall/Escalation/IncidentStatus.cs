namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>Lifecycle of an incident: open (escalating), acknowledged (stopped by a person), resolved (alarm OK).</summary>
public enum IncidentStatus
{
    Open,
    Acknowledged,
    Resolved,
}
