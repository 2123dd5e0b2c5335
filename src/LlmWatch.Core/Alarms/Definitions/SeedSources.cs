namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>Where each default threshold comes from: the background articles in shared/seeds (numbered 000-004).</summary>
public static class SeedSources
{
    public const string LatencySla = "seed 000 (Track Production LLM Metrics with CloudWatch): \"configure alarms at 80% of SLA thresholds\"; seed 002: critical at 5 s response latency";
    public const string ErrorRate = "seed 002 (Monitoring LLMs on Bedrock with CloudWatch): \"warning at 1%, critical at 5%\"; seed 000: error rate = errors / invocations x 100 over 5 min";
    public const string Throttling = "seed 002: throttling tracked as its own error class; the 5% critical error-rate level of seed 002 applied to the throttled share";
    public const string AccessDenied = "design.md error classes; seed 002: error types need different remediation - an auth failure never self-heals, so it pages at once";
    public const string NativeThrottles = "reference/bedrock-invocation-logs.md: throttled calls may never be logged, use AWS/Bedrock InvocationThrottles";
    public const string DailyBudget = "seed 002: \"alarms at multiple threshold levels - 50%, 75%, and 90%\" of budget; seed 001: 1-day Sum period for daily token spend";
    public const string TokenAnomaly = "seed 001 and seed 002: CloudWatch anomaly detection on token consumption (spike 25%/50% above baseline)";
    public const string Quality = "seed 003 (SageMaker inference components with an LLM judge): quality alert thresholds drawn at about 85% (composite) and 95% (safety)";
    public const string Composite = "seed 002: \"composite alarms ... only when both latency increases AND error rates exceed normal thresholds\"";
    public const string Pipeline = "seed 001: Lambda Errors alarm and queue depth as the infrastructure layer of AI observability";
    public const string Unpriced = "design.md: unknown models are counted as UnpricedTokens, never silently priced at 0";
    public const string SageMakerLatency = "seed 000: SageMaker ModelLatency p95, alarms at 80% of SLA";
    public const string SageMakerErrors = "seed 000: SageMaker error-rate alarm (errors / invocations x 100, 5%)";
    public const string GpuUtilization = "seed 000: GPU utilization sustained >95% means under-capacity";
    public const string GpuMemory = "seed 000: GPU memory >90% (warning); seed 004: little VRAM headroom near 90%";
}
