namespace LlmWatch.Core.Alarms;

/// <summary>Shape of the alarm, decided by which fields the notification carries.</summary>
public enum AlarmKind
{
    SingleMetric,
    MetricMath,
    AnomalyDetection,
    Composite,
}
