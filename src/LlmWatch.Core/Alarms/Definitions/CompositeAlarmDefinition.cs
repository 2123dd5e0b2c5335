namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>A composite alarm: ALARM when its children are in ALARM, combined with <see cref="Operator"/>.</summary>
public sealed record CompositeAlarmDefinition
{
    public required string Key { get; init; }
    public required string NameSuffix { get; init; }
    public required AlarmScope Scope { get; init; }
    public required AlarmSeverity Severity { get; init; }
    public required string Summary { get; init; }
    public required string Runbook { get; init; }
    public required CompositeOperator Operator { get; init; }
    /// <summary>Keys of child <see cref="AlarmDefinition"/>s with the same scope.</summary>
    public required IReadOnlyList<string> Children { get; init; }
    public required string Source { get; init; }
}
