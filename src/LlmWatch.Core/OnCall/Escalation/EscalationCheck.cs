namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>The delayed SQS message: "page <paramref name="Tier"/> of this incident at <paramref name="DueAt"/> unless stopped".</summary>
public sealed record EscalationCheck(string IncidentId, int Tier, DateTimeOffset DueAt);
