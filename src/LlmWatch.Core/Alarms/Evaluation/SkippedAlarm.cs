namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>An alarm the backtest cannot evaluate from invocation logs, and why.</summary>
public sealed record SkippedAlarm(string Name, string Reason);
