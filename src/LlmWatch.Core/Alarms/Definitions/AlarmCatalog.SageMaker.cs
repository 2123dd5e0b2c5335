using LlmWatch.Core.Metrics.Schema;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Alarms.Definitions;

public static partial class AlarmCatalog
{
    public const string HasSageMakerEndpoint = "HasSageMakerEndpoint";
    public const string HasSageMakerInferenceComponents = "HasSageMakerInferenceComponents";
    private const string SageMakerNote = "SageMaker endpoint metrics are not in Bedrock invocation logs";

    private static IEnumerable<AlarmDefinition> SageMakerAlarms()
    {
        MetricDimension[] endpoint =
        [
            new(MetricDimensions.EndpointName, TemplateValue.Parameter(AlarmParameters.SageMakerEndpointName)),
            new(MetricDimensions.VariantName, TemplateValue.Parameter(AlarmParameters.SageMakerVariantName)),
        ];
        MetricDimension[] component = [new(MetricDimensions.InferenceComponentName, TemplateValue.Component)];
        foreach (var (prefix, scope, condition, dims, gpu, gpuMemory) in new[]
        {
            ("SageMaker", AlarmScope.Global, HasSageMakerEndpoint, endpoint, S.SageMakerEndpoints.GPUUtilization, S.SageMakerEndpoints.GPUMemoryUtilization),
            ("SageMakerComponent", AlarmScope.PerInferenceComponent, HasSageMakerInferenceComponents, component,
                S.SageMakerInferenceComponents.GPUUtilizationNormalized, S.SageMakerInferenceComponents.GPUMemoryUtilizationNormalized),
        })
        {
            var name = Kebab(prefix);
            yield return new AlarmDefinition
            {
                Key = $"{prefix}LatencyP95",
                NameSuffix = $"{name}-latency-p95-warning",
                Scope = scope,
                Severity = AlarmSeverity.Warning,
                Condition = condition,
                Summary = "SageMaker ModelLatency p95 at or above 80% of LatencySlaMs in 3 of the last 5 minutes",
                Runbook = "Check GPU utilization and memory on the SageMaker dashboard row: saturation means scale out " +
                    "(more instances or copies); a flat GPU with high latency points at the container or the model config.",
                Queries =
                [
                    MetricQuery.Metric("p95", Stat(S.SageMaker.ModelLatency, "p95", 60, dims)),
                    // ModelLatency is in microseconds.
                    MetricQuery.Math("slaPercent", "p95 / 1000 * 100 / ${LatencySlaMs}", "p95 model latency, % of SLA"),
                ],
                Operator = ComparisonOperator.GreaterThanOrEqualToThreshold,
                Threshold = AlarmThreshold.Fixed(80),
                EvaluationPeriods = 5,
                DatapointsToAlarm = 3,
                Source = SeedSources.SageMakerLatency,
                NotBacktestable = SageMakerNote,
            };
            yield return new AlarmDefinition
            {
                Key = $"{prefix}5xxRate",
                NameSuffix = $"{name}-5xx-rate",
                Scope = scope,
                Severity = AlarmSeverity.Critical,
                Condition = condition,
                Summary = "SageMaker Invocation5XXErrors / Invocations x 100 over 5 minutes above ErrorRateCriticalPercent",
                Runbook = "The model container is failing. Read the endpoint's CloudWatch log group for stack traces or " +
                    "out-of-memory kills; roll back the last model or config change.",
                Queries =
                [
                    MetricQuery.Metric("errors", Stat(S.SageMaker.Invocation5XXErrors, "Sum", 300, dims)),
                    MetricQuery.Metric("invocations", Stat(S.SageMaker.Invocations, "Sum", 300, dims)),
                    MetricQuery.Math("errorRate", "100 * errors / invocations", "5XX error rate %"),
                ],
                Operator = ComparisonOperator.GreaterThanThreshold,
                Threshold = AlarmThreshold.FromParameter(AlarmParameters.ErrorRateCriticalPercent),
                Source = SeedSources.SageMakerErrors,
                NotBacktestable = SageMakerNote,
            };
            yield return Gpu(prefix, name, scope, condition, dims, gpu,
                AlarmParameters.GpuUtilizationMax, AlarmSeverity.Warning, SeedSources.GpuUtilization, 3,
                "The GPUs are saturated: add instances or copies (check the auto scaling policy) before latency follows.");
            yield return Gpu(prefix, name, scope, condition, dims, gpuMemory,
                AlarmParameters.GpuMemoryUtilizationMax, AlarmSeverity.Warning, SeedSources.GpuMemory, 1,
                "GPU memory is nearly full: KV-cache pressure or a leak. Check concurrent requests and max tokens; " +
                "a slow climb over days points at a leak, so restart the variant.");
        }
    }

    private static AlarmDefinition Gpu(string prefix, string name, AlarmScope scope, string condition, MetricDimension[] dims,
        MetricSpec metric, string parameter, AlarmSeverity severity, string source, int periods, string runbook) => new()
        {
            Key = $"{prefix}{metric.Name}",
            NameSuffix = $"{name}-{Kebab(metric.Name)}",
            Scope = scope,
            Severity = severity,
            Condition = condition,
            Summary = $"{metric.Name} (5-minute average) above {parameter}" + (periods > 1 ? $" for {periods} periods in a row" : ""),
            Runbook = runbook,
            Queries = [MetricQuery.Metric("gpu", Stat(metric, "Average", 300, dims), returnData: true)],
            Operator = ComparisonOperator.GreaterThanThreshold,
            Threshold = AlarmThreshold.FromParameter(parameter),
            EvaluationPeriods = periods,
            DatapointsToAlarm = periods,
            Source = source,
            NotBacktestable = SageMakerNote,
        };
}
