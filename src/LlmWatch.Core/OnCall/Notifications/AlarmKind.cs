namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>Shape of the alarm, decided by which fields the notification carries.</summary>
public enum AlarmKind
{
    SingleMetric,
    MetricMath,
    AnomalyDetection,
    Composite,
}
