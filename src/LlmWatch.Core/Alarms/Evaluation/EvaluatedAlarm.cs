using LlmWatch.Core.Alarms.Definitions;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>One alarm instance's history in a backtest.</summary>
/// <param name="Note">How the evaluation differs from CloudWatch, when it does (anomaly bands).</param>
public sealed record EvaluatedAlarm(
    string Name,
    string Key,
    string Metric,
    IReadOnlyDictionary<string, string> Dimensions,
    AlarmSeverity Severity,
    IReadOnlyList<StateTransition> Transitions,
    string? Note = null);
