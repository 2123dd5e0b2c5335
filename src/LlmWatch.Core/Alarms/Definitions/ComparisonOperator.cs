namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>CloudWatch comparison operators used by LlmWatch alarms (names match the API).</summary>
public enum ComparisonOperator
{
    GreaterThanThreshold,
    GreaterThanOrEqualToThreshold,
    LessThanThreshold,
    LessThanOrEqualToThreshold,
    /// <summary>Anomaly-band alarms: breaching when the value is above the band's upper edge.</summary>
    GreaterThanUpperThreshold,
}
