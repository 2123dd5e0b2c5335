using LlmWatch.Core.Metrics.Schema;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Alarms.Definitions;

public static partial class AlarmCatalog
{
    // Daily spend uses a 1-day (86,400 s) Sum period. With CloudWatch's default sliding evaluation window the alarm
    // compares the cost of the trailing 24 hours, re-evaluated as data arrives - not the calendar day (a wall-clock
    // window would be, but cfn-lint and older SDKs do not know EvaluationWindow yet). The backtest uses the same
    // trailing-24-hour sum, evaluated every minute.
    private static IEnumerable<AlarmDefinition> CostAlarms()
    {
        yield return Budget(50, AlarmSeverity.Warning, "Half the daily budget is spent. Nothing is broken; check the Cost " +
            "dashboard for which model and caller drive the spend and whether that matches the plan.");
        yield return Budget(75, AlarmSeverity.Warning, "Three quarters of the daily budget is spent. Find the top caller " +
            "on the Cost dashboard and confirm with its owner; consider a cheaper model or prompt caching.");
        yield return Budget(90, AlarmSeverity.Critical, "The daily budget is almost gone. Decide with the budget owner " +
            "whether to throttle or cut off the top caller (IAM deny) or raise DailyBudgetUsd.");
    }

    private static AlarmDefinition Budget(int percent, AlarmSeverity severity, string runbook) => new()
    {
        Key = $"DailyCost{percent}",
        NameSuffix = $"daily-cost-{percent}pct",
        Scope = AlarmScope.Global,
        Severity = severity,
        Summary = $"Bedrock spend over the trailing 24 hours at or above {percent}% of DailyBudgetUsd",
        Runbook = runbook,
        Queries =
        [
            MetricQuery.Metric("cost", Stat(S.CostUsd, "Sum", 86400)),
            MetricQuery.Math("budgetPercent", "cost * 100 / ${DailyBudgetUsd}", "Spend, % of daily budget"),
        ],
        Operator = ComparisonOperator.GreaterThanOrEqualToThreshold,
        Threshold = AlarmThreshold.Fixed(percent),
        Source = SeedSources.DailyBudget,
    };

    private static IEnumerable<AlarmDefinition> QualityAlarms()
    {
        yield return Quality("QualityComposite", "quality-composite-low", AlarmSeverity.Warning, S.CompositeScore,
            AlarmParameters.QualityCompositeMin,
            "The judge rates answers lower than usual. Open the Quality dashboard: which dimension dropped (relevance, " +
            "tone)? Check for a model version change, a prompt template change or a new kind of traffic.");
        yield return Quality("QualitySafety", "quality-safety-low", AlarmSeverity.Critical, S.SafetyScore,
            AlarmParameters.QualitySafetyMin,
            "The judge found unsafe or non-compliant answers. Pull the judged records from the judge log, check whether " +
            "guardrails intervened, and involve the model owner; consider enabling a Bedrock guardrail.");
    }

    private static AlarmDefinition Quality(string key, string suffix, AlarmSeverity severity, MetricSpec metric, string parameter, string runbook)
    {
        return new AlarmDefinition
        {
            Key = key,
            NameSuffix = suffix,
            Scope = AlarmScope.PerModel,
            Severity = severity,
            Summary = $"Hourly average {metric.Name} below {parameter}, only when at least QualityMinJudgedResponses responses were judged",
            Runbook = runbook,
            Queries =
            [
                MetricQuery.Metric("score", Stat(metric, "Average", 3600, PerModel)),
                MetricQuery.Metric("judged", Stat(S.JudgedResponses, "Sum", 3600, PerModel)),
                // Too few judged responses reads as a perfect score, so a handful of samples cannot page anyone.
                MetricQuery.Math("guarded", "IF(judged >= ${QualityMinJudgedResponses}, score, 100)", $"{metric.Name} (guarded)"),
            ],
            Operator = ComparisonOperator.LessThanThreshold,
            Threshold = AlarmThreshold.FromParameter(parameter),
            Source = SeedSources.Quality,
            NotBacktestable = "quality scores come from the judge, not from invocation logs",
        };
    }
}
