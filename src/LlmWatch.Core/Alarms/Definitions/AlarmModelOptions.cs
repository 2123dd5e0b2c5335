namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>Template resources the pipeline-health alarms watch and where alarm actions go.</summary>
/// <param name="FunctionLogicalIds">Our Lambda functions (Errors and Throttles alarms).</param>
/// <param name="DeadLetterQueueLogicalIds">Dead-letter queues whose depth must stay 0.</param>
/// <param name="NamespaceParameter">Template parameter holding the LlmWatch metrics namespace, when there is one.</param>
public sealed record AlarmModelOptions(
    IReadOnlyList<string> FunctionLogicalIds,
    IReadOnlyList<string> DeadLetterQueueLogicalIds,
    string AlarmTopicLogicalId = "AlarmTopic",
    string? NamespaceParameter = null)
{
    /// <summary>No functions or queues to watch (tests, the backtest); templates use <c>TemplateInventory</c>.</summary>
    public static AlarmModelOptions Default { get; } = new([], []);
}
