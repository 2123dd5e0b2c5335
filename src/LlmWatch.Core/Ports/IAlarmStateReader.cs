using LlmWatch.Core.Alarms;

namespace LlmWatch.Core.Ports;

/// <summary>Reads an alarm's current state (DescribeAlarms); <see cref="AlarmState.Unknown"/> when it no longer exists.</summary>
public interface IAlarmStateReader
{
    Task<AlarmState> GetStateAsync(string alarmName, CancellationToken cancellationToken);
}
