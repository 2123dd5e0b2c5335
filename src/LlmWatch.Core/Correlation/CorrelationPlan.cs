namespace LlmWatch.Core.Correlation;

/// <summary>What to gather for one alarm: the scope, the windows and the queries to run.</summary>
public sealed record CorrelationPlan(
    CorrelationScope Scope,
    TimeWindow Window,
    TimeWindow HistoryWindow,
    IReadOnlyList<ICorrelationQuery> Queries,
    bool IsQuality);
