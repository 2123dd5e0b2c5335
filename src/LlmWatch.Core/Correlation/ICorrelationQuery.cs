namespace LlmWatch.Core.Correlation;

/// <summary>A Logs Insights correlation query: where it runs, over which window, and its text.</summary>
public interface ICorrelationQuery
{
    EvidenceKind Kind { get; }
    LogSource Source { get; }
    TimeWindow Window { get; }
    /// <summary>The query in Logs Insights (CWLI) syntax.</summary>
    string Render();
}
