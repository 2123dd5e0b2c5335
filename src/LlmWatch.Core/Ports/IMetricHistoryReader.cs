using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;

namespace LlmWatch.Core.Ports;

/// <summary>Reads the alarmed metric's datapoints (GetMetricData), oldest first.</summary>
public interface IMetricHistoryReader
{
    Task<IReadOnlyList<MetricPoint>> ReadAsync(AlarmTrigger trigger, TimeWindow window, CancellationToken cancellationToken);
}
