namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>How urgent an alarm is: warnings go to the alarm topic, criticals page.</summary>
public enum AlarmSeverity
{
    Warning,
    Critical,
}
