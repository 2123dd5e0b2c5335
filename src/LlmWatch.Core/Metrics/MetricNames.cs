namespace LlmWatch.Core.Metrics;

/// <summary>Metric names in the <c>LlmWatch</c> namespace; alarms, dashboards and other tools rely on them.</summary>
public static class MetricNames
{
    public const string Invocations = "Invocations";
    public const string InputTokens = "InputTokens";
    public const string OutputTokens = "OutputTokens";
    public const string CacheReadInputTokens = "CacheReadInputTokens";
    public const string CacheWriteInputTokens = "CacheWriteInputTokens";
    public const string CostUsd = "CostUsd";
    public const string UnpricedTokens = "UnpricedTokens";
    public const string LatencyMs = "LatencyMs";
    public const string LatencyUnavailable = "LatencyUnavailable";
    public const string Errors = "Errors";
    public const string ThrottlingErrors = "ThrottlingErrors";
    public const string ServerErrors = "ServerErrors";
    public const string ModelErrors = "ModelErrors";
    public const string AccessDeniedErrors = "AccessDeniedErrors";
    public const string OtherErrors = "OtherErrors";
    public const string RecordsSkipped = "RecordsSkipped";

    public const string ModelIdDimension = "ModelId";
    public const string CallerDimension = "Caller";
    public const string ReasonDimension = "Reason";
}
