namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>A re-check's decision: page a tier, wait another hop, or stop (with why).</summary>
public sealed record EscalationDecision(EscalationAction Action, int Tier, TimeSpan Delay, string Reason)
{
    public static EscalationDecision Page(int tier) => new(EscalationAction.PageTier, tier, TimeSpan.Zero, $"tier {tier} due");

    public static EscalationDecision Reschedule(TimeSpan delay) => new(EscalationAction.Reschedule, -1, delay, "not due yet");

    public static EscalationDecision Stop(string reason) => new(EscalationAction.Stop, -1, TimeSpan.Zero, reason);
}
