namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>
/// <see cref="Applied"/>: the change was written. <see cref="Declined"/>: the change function looked at the current
/// incident and chose not to change it. <see cref="NotFound"/>: there is no such incident. <see cref="Conflict"/>:
/// other writers won every attempt.
/// </summary>
public enum IncidentUpdateOutcome
{
    Applied,
    Declined,
    NotFound,
    Conflict,
}
