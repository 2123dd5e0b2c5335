using LlmWatch.Core.Metrics.Schema;

namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>Builds the <see cref="AlarmModel"/>: every alarm with its metrics, thresholds, runbook and source.</summary>
public static partial class AlarmCatalog
{
    public static AlarmModel Create(AlarmModelOptions? options = null)
    {
        options ??= AlarmModelOptions.Default;
        var alarms = new List<AlarmDefinition>();
        alarms.AddRange(BedrockAlarms());
        alarms.AddRange(CostAlarms());
        alarms.AddRange(QualityAlarms());
        alarms.AddRange(PipelineAlarms(options));
        alarms.AddRange(SageMakerAlarms());
        return new AlarmModel(AlarmParameters.All, alarms, CompositeAlarms(), options);
    }

    internal static MetricDimension[] PerModel => [new(MetricDimensions.ModelId, TemplateValue.Model)];

    /// <summary>A schema metric read with <paramref name="stat"/>; fails when the schema does not publish it that way.</summary>
    internal static MetricStat Stat(MetricSpec metric, string stat, int period, params MetricDimension[] dims)
    {
        if (!metric.Group.Declares(dims.Select(d => d.Name)))
            throw new InvalidOperationException($"{metric} is not published with dimensions [{string.Join(", ", dims.Select(d => d.Name))}]");
        if (!metric.Supports(stat))
            throw new InvalidOperationException($"{metric} is a {metric.Kind} metric: {stat} means nothing for it");
        return new(metric.Namespace, metric.Name, dims, period, stat);
    }

    private static IReadOnlyList<CompositeAlarmDefinition> CompositeAlarms() =>
    [
        new()
        {
            Key = "LatencyAndErrors", NameSuffix = "latency-and-errors", Scope = AlarmScope.PerModel,
            Severity = AlarmSeverity.Critical, Operator = CompositeOperator.And,
            Children = ["LatencyP95Warning", "ErrorRateWarning"],
            Summary = "p95 latency is above 80% of the SLA and the error rate is above the warning level at the same time",
            Runbook = "Slow and failing together usually means the model or its region is degraded: check the AWS Health " +
                "dashboard and AWS/Bedrock InvocationServerErrors for the model, consider failing over to another region's " +
                "inference profile or a fallback model.",
            Source = SeedSources.Composite,
        },
    ];
}
