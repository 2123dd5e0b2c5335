namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>Template resources the pipeline-health alarms watch and where alarm actions go.</summary>
/// <param name="FunctionLogicalIds">Our Lambda functions (Errors and Throttles alarms).</param>
/// <param name="DeadLetterQueueLogicalIds">Dead-letter queues whose depth must stay 0.</param>
public sealed record AlarmModelOptions(
    IReadOnlyList<string> FunctionLogicalIds,
    IReadOnlyList<string> DeadLetterQueueLogicalIds,
    string AlarmTopicLogicalId = "AlarmTopic")
{
    /// <summary>The functions and queues of serverless.template.</summary>
    public static AlarmModelOptions Default { get; } = new(
        ["MetricsFunction", "JudgeFunction", "AlarmFunction", "EscalateFunction", "AckFunction"],
        ["JudgeDeadLetterQueue"]);
}
