using System.Collections.Concurrent;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Ports;

namespace LlmWatch.TestKit.OnCall;

/// <summary>Alarm states set by the test; unknown alarms read as <see cref="AlarmState.Unknown"/>.</summary>
public sealed class FakeAlarmStateReader : IAlarmStateReader
{
    private readonly ConcurrentDictionary<string, AlarmState> _states = new(StringComparer.Ordinal);

    public int Calls { get; private set; }

    public void Set(string alarmName, AlarmState state) => _states[alarmName] = state;

    public Task<AlarmState> GetStateAsync(string alarmName, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(_states.TryGetValue(alarmName, out var s) ? s : AlarmState.Unknown);
    }
}
