namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>What an optimistic read–modify–write of an incident came to.</summary>
/// <param name="Before">The incident as last read (null when it was not found).</param>
/// <param name="After">The incident as written (null unless <see cref="IncidentUpdateOutcome.Applied"/>).</param>
public sealed record IncidentUpdate(IncidentUpdateOutcome Outcome, Incident? Before, Incident? After)
{
    public static IncidentUpdate NotFound { get; } = new(IncidentUpdateOutcome.NotFound, null, null);

    public bool Applied => Outcome == IncidentUpdateOutcome.Applied;
}
