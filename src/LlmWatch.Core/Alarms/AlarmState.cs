namespace LlmWatch.Core.Alarms;

/// <summary>A CloudWatch alarm state as written in notifications and DescribeAlarms.</summary>
public enum AlarmState
{
    Unknown,
    Ok,
    Alarm,
    InsufficientData,
}
