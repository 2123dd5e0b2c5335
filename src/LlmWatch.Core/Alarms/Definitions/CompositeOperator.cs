namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>How a composite alarm combines its children's ALARM states.</summary>
public enum CompositeOperator
{
    And,
    Or,
}
