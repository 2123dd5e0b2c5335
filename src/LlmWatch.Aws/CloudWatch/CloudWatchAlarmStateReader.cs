using LlmWatch.Core.Alarms;
using LlmWatch.Core.Ports;

namespace LlmWatch.Aws.CloudWatch;

/// <summary>Current state of one alarm (metric or composite) via DescribeAlarms.</summary>
internal sealed class CloudWatchAlarmStateReader(CloudWatchClient cloudWatch) : IAlarmStateReader
{
    public async Task<AlarmState> GetStateAsync(string alarmName, CancellationToken cancellationToken)
    {
        var set = await cloudWatch.DescribeAlarmsAsync(AlarmFilter.ByNames(alarmName), cancellationToken);
        var state = set.MetricAlarms.FirstOrDefault(a => a.AlarmName == alarmName)?.StateValue
            ?? set.CompositeAlarms.FirstOrDefault(a => a.AlarmName == alarmName)?.StateValue;
        return AlarmStates.Parse(state);
    }
}
