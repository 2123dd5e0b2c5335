namespace LlmWatch.Core.Correlation;

/// <summary>Everything gathered for a page; incomplete sections are reported as missing evidence.</summary>
public sealed record Evidence(
    EvidenceSection<ErrorCountRow> Errors,
    EvidenceSection<SlowRequestRow> Slowest,
    EvidenceSection<CallerUsageRow> TopCallers,
    EvidenceSection<JudgeScoreRow> JudgeScores,
    EvidenceSection<MetricPoint> History)
{
    /// <summary>Evidence with nothing gathered (used when every source is missing).</summary>
    public static Evidence None(string detail) => new(
        EvidenceSections.NotRun<ErrorCountRow>(detail), EvidenceSections.NotRun<SlowRequestRow>(detail),
        EvidenceSections.NotRun<CallerUsageRow>(detail), EvidenceSections.NotRun<JudgeScoreRow>(detail),
        EvidenceSections.NotRun<MetricPoint>(detail));

    /// <summary>Sections that were expected but did not complete, with the reason, in page order.</summary>
    public IReadOnlyList<(string Section, EvidenceStatus Status, string Detail)> Missing(bool isQuality)
    {
        var list = new List<(string, EvidenceStatus, string)>();
        Add(list, "metric history", History.Status, History.Detail);
        Add(list, "errors by code", Errors.Status, Errors.Detail);
        Add(list, "slowest requests", Slowest.Status, Slowest.Detail);
        Add(list, "top callers", TopCallers.Status, TopCallers.Detail);
        if (isQuality)
            Add(list, "low judge scores", JudgeScores.Status, JudgeScores.Detail);
        return list;
    }

    private static void Add(List<(string, EvidenceStatus, string)> list, string name, EvidenceStatus status, string? detail)
    {
        if (status != EvidenceStatus.Complete)
            list.Add((name, status, detail ?? status.ToString()));
    }
}
