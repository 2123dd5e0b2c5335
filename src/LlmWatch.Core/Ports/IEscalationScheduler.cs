
using LlmWatch.Core.OnCall.Escalation;

namespace LlmWatch.Core.Ports;

/// <summary>Schedules a re-check (SQS message with DelaySeconds ≤ 900).</summary>
public interface IEscalationScheduler
{
    Task ScheduleAsync(EscalationCheck check, TimeSpan delay, CancellationToken cancellationToken);
}
