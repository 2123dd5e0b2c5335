namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>The outcome of a re-check.</summary>
public enum EscalationAction
{
    PageTier,
    Reschedule,
    Stop,
}
