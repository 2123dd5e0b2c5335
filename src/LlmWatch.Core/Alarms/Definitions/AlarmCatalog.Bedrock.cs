using LlmWatch.Core.Metrics.Schema;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Alarms.Definitions;

public static partial class AlarmCatalog
{
    private static IEnumerable<AlarmDefinition> BedrockAlarms()
    {
        yield return Latency("LatencyP95Warning", "latency-p95-warning", AlarmSeverity.Warning, 80,
            "Look at the Operations dashboard: is one caller sending much longer prompts (InputTokens) or asking for longer " +
            "outputs? Compare with AWS/Bedrock InvocationLatency for the model; if both rose, the service is slow.");
        yield return Latency("LatencyP95Critical", "latency-p95-critical", AlarmSeverity.Critical, 100,
            "Users are waiting longer than the SLA. Check AWS/Bedrock InvocationLatency and InvocationThrottles for the " +
            "model, the AWS Health dashboard, and whether a cross-region profile would spread the load.");
        yield return ErrorRate("ErrorRateWarning", "error-rate-warning", AlarmSeverity.Warning, AlarmParameters.ErrorRateWarningPercent);
        yield return ErrorRate("ErrorRateCritical", "error-rate-critical", AlarmSeverity.Critical, AlarmParameters.ErrorRateCriticalPercent);
        yield return new AlarmDefinition
        {
            Key = "ThrottleRate",
            NameSuffix = "throttle-rate",
            Scope = AlarmScope.PerModel,
            Severity = AlarmSeverity.Warning,
            Summary = "Throttled share of the model's invocations (5 min) is above ThrottleRatePercent",
            Runbook = "Callers are hitting the model's tokens-per-minute or requests-per-minute quota. Check AWS/Bedrock " +
                "EstimatedTPMQuotaUsage, find the heaviest caller on the Cost dashboard, request a quota increase or use a " +
                "cross-region inference profile.",
            Queries =
            [
                MetricQuery.Metric("throttles", Stat(S.ThrottlingErrors, "Sum", 300, PerModel)),
                MetricQuery.Metric("invocations", Stat(S.Invocations, "Sum", 300, PerModel)),
                MetricQuery.Math("rate", "100 * throttles / invocations", "Throttled % of invocations"),
            ],
            Operator = ComparisonOperator.GreaterThanThreshold,
            Threshold = AlarmThreshold.FromParameter(AlarmParameters.ThrottleRatePercent),
            Source = SeedSources.Throttling,
        };
        yield return new AlarmDefinition
        {
            Key = "AccessDenied",
            NameSuffix = "access-denied",
            Scope = AlarmScope.Global,
            Severity = AlarmSeverity.Critical,
            Summary = "At least one invocation failed with an access-denied class error in the last minute",
            Runbook = "Pages at once: an auth failure does not heal by retrying. Find the caller and model with the Logs " +
                "Insights query in the page, then check recent IAM policy, SCP or model-access changes (Bedrock console, " +
                "Model access) and expired credentials.",
            Queries = [MetricQuery.Metric("denied", Stat(S.AccessDeniedErrors, "Sum", 60), returnData: true)],
            Operator = ComparisonOperator.GreaterThanThreshold,
            Threshold = AlarmThreshold.Fixed(0),
            Source = SeedSources.AccessDenied,
        };
        yield return new AlarmDefinition
        {
            Key = "BedrockThrottles",
            NameSuffix = "bedrock-invocation-throttles",
            Scope = AlarmScope.PerModel,
            Severity = AlarmSeverity.Warning,
            Summary = "AWS/Bedrock InvocationThrottles for the model above 0 in 3 of the last 5 minutes",
            Runbook = "Bedrock's own count of throttled calls (they may never reach the invocation log). Compare with " +
                "EstimatedTPMQuotaUsage; raise the quota or spread traffic over a cross-region profile.",
            Queries =
            [
                MetricQuery.Metric("throttles", Stat(S.Bedrock.InvocationThrottles, "Sum", 60, PerModel),
                    returnData: true),
            ],
            Operator = ComparisonOperator.GreaterThanThreshold,
            Threshold = AlarmThreshold.Fixed(0),
            EvaluationPeriods = 5,
            DatapointsToAlarm = 3,
            Source = SeedSources.NativeThrottles,
            NotBacktestable = "native AWS/Bedrock metric; invocation logs do not carry it",
        };
        yield return new AlarmDefinition
        {
            Key = "TokenAnomaly",
            NameSuffix = "token-usage-anomaly",
            Scope = AlarmScope.PerModel,
            Severity = AlarmSeverity.Warning,
            Summary = "Input+output tokens of the model (5 min) above the anomaly-detection band",
            Runbook = "Token use jumped beyond its learned pattern: a runaway agent loop, a prompt that grew (RAG context), " +
                "or a new caller. The Cost dashboard shows which caller; the page's Logs Insights query lists its largest requests.",
            Queries =
            [
                MetricQuery.Metric("input", Stat(S.InputTokens, "Sum", 300, PerModel)),
                MetricQuery.Metric("output", Stat(S.OutputTokens, "Sum", 300, PerModel)),
                MetricQuery.Math("tokens", "input + output", "Tokens (5 min)"),
                MetricQuery.Math("band", "ANOMALY_DETECTION_BAND(tokens, ${TokenAnomalyBandWidth})", "Expected tokens"),
            ],
            Operator = ComparisonOperator.GreaterThanUpperThreshold,
            Threshold = AlarmThreshold.Band("band"),
            EvaluationPeriods = 3,
            DatapointsToAlarm = 2,
            Source = SeedSources.TokenAnomaly,
        };
    }

    private static AlarmDefinition Latency(string key, string suffix, AlarmSeverity severity, double percentOfSla, string runbook) => new()
    {
        Key = key,
        NameSuffix = suffix,
        Scope = AlarmScope.PerModel,
        Severity = severity,
        Summary = $"p95 latency of the model at or above {percentOfSla}% of LatencySlaMs in 3 of the last 5 minutes",
        Runbook = runbook,
        Queries =
        [
            MetricQuery.Metric("p95", Stat(S.LatencyMs, "p95", 60, PerModel)),
            MetricQuery.Math("slaPercent", "p95 * 100 / ${LatencySlaMs}", "p95 latency, % of SLA"),
        ],
        Operator = ComparisonOperator.GreaterThanOrEqualToThreshold,
        Threshold = AlarmThreshold.Fixed(percentOfSla),
        EvaluationPeriods = 5,
        DatapointsToAlarm = 3,
        Source = SeedSources.LatencySla,
    };

    private static AlarmDefinition ErrorRate(string key, string suffix, AlarmSeverity severity, string parameter) => new()
    {
        Key = key,
        NameSuffix = suffix,
        Scope = AlarmScope.PerModel,
        Severity = severity,
        Summary = $"Errors / invocations x 100 for the model over 5 minutes above {parameter}",
        Runbook = "Open the page's error breakdown: ThrottlingErrors mean quota, ServerErrors mean Bedrock trouble " +
            "(check AWS Health, AWS/Bedrock InvocationServerErrors), ModelErrors mean bad requests from a caller " +
            "(find it on the Operations dashboard), AccessDeniedErrors mean IAM.",
        Queries =
        [
            MetricQuery.Metric("errors", Stat(S.Errors, "Sum", 300, PerModel)),
            MetricQuery.Metric("invocations", Stat(S.Invocations, "Sum", 300, PerModel)),
            MetricQuery.Math("errorRate", "100 * errors / invocations", "Error rate %"),
        ],
        Operator = ComparisonOperator.GreaterThanThreshold,
        Threshold = AlarmThreshold.FromParameter(parameter),
        Source = SeedSources.ErrorRate,
    };
}
