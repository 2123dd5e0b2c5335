namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>One metric alarm of the model: rendered into the template and evaluated by the backtest.</summary>
public sealed record AlarmDefinition
{
    /// <summary>Logical id base; per-model alarms append the model id (alphanumerics only).</summary>
    public required string Key { get; init; }
    /// <summary>Alarm name suffix after the stack name, e.g. <c>latency-p95-warning</c>.</summary>
    public required string NameSuffix { get; init; }
    public required AlarmScope Scope { get; init; }
    public required AlarmSeverity Severity { get; init; }
    /// <summary>One line: what breaches.</summary>
    public required string Summary { get; init; }
    /// <summary>What on-call does first; goes into the alarm description under "Runbook:".</summary>
    public required string Runbook { get; init; }
    /// <summary>The queries; exactly one has ReturnData (the value compared with the threshold).</summary>
    public required IReadOnlyList<MetricQuery> Queries { get; init; }
    public required ComparisonOperator Operator { get; init; }
    public required AlarmThreshold Threshold { get; init; }
    public int EvaluationPeriods { get; init; } = 1;
    public int DatapointsToAlarm { get; init; } = 1;
    public MissingDataTreatment TreatMissingData { get; init; } = MissingDataTreatment.NotBreaching;
    /// <summary>Template condition that must hold for the alarm to exist (SageMaker alarms).</summary>
    public string? Condition { get; init; }
    /// <summary>Where the default threshold comes from (seed article and what it says).</summary>
    public required string Source { get; init; }
    /// <summary>Why the backtest cannot evaluate it from invocation logs, or null when it can.</summary>
    public string? NotBacktestable { get; init; }

    /// <summary>The query whose value the alarm compares (ReturnData true; an anomaly band also returns data but is the threshold).</summary>
    public MetricQuery ReturnQuery => Queries.Single(q => q.ReturnData && q.Id != Threshold.BandQueryId);

    /// <summary>The first metric the alarm reads: what a person would call "its metric".</summary>
    public MetricStat PrimaryMetric => Queries.First(q => q.Stat is not null).Stat!;
}
