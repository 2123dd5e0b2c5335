namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>A template parameter the alarms read (threshold, budget, model list).</summary>
/// <param name="Type">CloudFormation parameter type: Number, String or CommaDelimitedList.</param>
public sealed record ParameterDefinition(string Name, string Type, string Default, string Description, double? MinValue = null);
