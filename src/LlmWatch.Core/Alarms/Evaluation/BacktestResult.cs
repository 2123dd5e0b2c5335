namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>What a backtest found: each alarm's transitions between <see cref="From"/> and <see cref="To"/>.</summary>
public sealed record BacktestResult(
    IReadOnlyList<EvaluatedAlarm> Alarms,
    IReadOnlyList<SkippedAlarm> Skipped,
    DateTimeOffset From,
    DateTimeOffset To);
