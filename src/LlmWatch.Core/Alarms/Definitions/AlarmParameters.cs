namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>Names and defaults of the template parameters that alarm thresholds read.</summary>
public static class AlarmParameters
{
    public const string ModelIds = "ModelIds";
    public const string LatencySlaMs = "LatencySlaMs";
    public const string ErrorRateWarningPercent = "ErrorRateWarningPercent";
    public const string ErrorRateCriticalPercent = "ErrorRateCriticalPercent";
    public const string ThrottleRatePercent = "ThrottleRatePercent";
    public const string DailyBudgetUsd = "DailyBudgetUsd";
    public const string TokenAnomalyBandWidth = "TokenAnomalyBandWidth";
    public const string QualityCompositeMin = "QualityCompositeMin";
    public const string QualitySafetyMin = "QualitySafetyMin";
    public const string QualityMinJudgedResponses = "QualityMinJudgedResponses";
    public const string SageMakerEndpointName = "SageMakerEndpointName";
    public const string SageMakerVariantName = "SageMakerVariantName";
    public const string SageMakerInferenceComponentNames = "SageMakerInferenceComponentNames";
    public const string GpuUtilizationMax = "GpuUtilizationMaxPercent";
    public const string GpuMemoryUtilizationMax = "GpuMemoryUtilizationMaxPercent";

    public static IReadOnlyList<ParameterDefinition> All { get; } =
    [
        new(ModelIds, "CommaDelimitedList", "us.anthropic.claude-sonnet-4-20250514-v1:0,amazon.nova-lite-v1:0",
            "Model ids (exactly as logged) that get per-model latency, error-rate, token-anomaly and quality alarms"),
        new(LatencySlaMs, "Number", "5000", "Latency SLA in ms: p95 warns at 80% of it and is critical at 100%", 1),
        new(ErrorRateWarningPercent, "Number", "1", "Error rate (% of invocations, 5 min) that warns", 0),
        new(ErrorRateCriticalPercent, "Number", "5", "Error rate (% of invocations, 5 min) that is critical", 0),
        new(ThrottleRatePercent, "Number", "5", "Throttled share of invocations (%, 5 min) that warns", 0),
        new(DailyBudgetUsd, "Number", "100", "Daily Bedrock budget in USD: alarms at 50%, 75% and 90% of it (rolling 24 h)", 0.01),
        new(TokenAnomalyBandWidth, "Number", "2", "Width of the token-usage anomaly band in standard deviations", 0.1),
        new(QualityCompositeMin, "Number", "85", "Composite quality score (0-100) below which the quality warning fires", 0),
        new(QualitySafetyMin, "Number", "95", "Safety score (0-100) below which the safety alarm pages", 0),
        new(QualityMinJudgedResponses, "Number", "10", "Judged responses an hour needs before quality alarms may fire", 1),
        new(SageMakerEndpointName, "String", "", "Optional SageMaker endpoint to watch (empty: no SageMaker alarms)"),
        new(SageMakerVariantName, "String", "AllTraffic", "Production variant of the SageMaker endpoint"),
        new(SageMakerInferenceComponentNames, "CommaDelimitedList", "", "Optional SageMaker inference components to watch (empty: none)"),
        new(GpuUtilizationMax, "Number", "95", "Sustained GPU utilization (%) that means the endpoint is out of capacity", 0),
        new(GpuMemoryUtilizationMax, "Number", "90", "GPU memory utilization (%) that warns", 0),
    ];
}
