namespace LlmWatch.Core.OnCall;

/// <summary>What the alarm handler did with one SNS message.</summary>
public enum IntakeOutcome
{
    Paged,
    Duplicate,
    Resolved,
    NoOpenIncident,
    Ignored,
    Malformed,
}
