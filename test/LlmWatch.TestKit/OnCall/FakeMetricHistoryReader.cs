using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Ports;

namespace LlmWatch.TestKit.OnCall;

/// <summary>Returns fixed datapoints, or hangs until cancelled when <see cref="Hang"/> is set.</summary>
public sealed class FakeMetricHistoryReader(IReadOnlyList<MetricPoint> points) : IMetricHistoryReader
{
    public bool Hang { get; init; }

    public async Task<IReadOnlyList<MetricPoint>> ReadAsync(AlarmTrigger trigger, TimeWindow window, CancellationToken cancellationToken)
    {
        if (Hang)
            await Task.Delay(Timeout.Infinite, cancellationToken);
        return points;
    }
}
