namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>CloudWatch alarm states.</summary>
public enum AlarmState
{
    InsufficientData,
    Ok,
    Alarm,
}
