using System.Collections.Concurrent;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;

namespace LlmWatch.Functions.Tests.OnCall;

/// <summary>
/// Sends re-checks through the real SQS scheduler without the delay (moto would hold them for real minutes) and
/// remembers when each should become visible on the test's fake clock.
/// </summary>
internal sealed class DueTimeScheduler(IEscalationScheduler inner, TimeProvider time) : IEscalationScheduler
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _visibleAt = new();

    public IReadOnlyList<TimeSpan> Delays => [.. _delays];

    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public async Task ScheduleAsync(EscalationCheck check, TimeSpan delay, CancellationToken cancellationToken)
    {
        Assert.InRange(delay, TimeSpan.Zero, EscalationPolicy.MaxHop);
        _delays.Enqueue(delay);
        _visibleAt[EscalationCheckJson.Write(check)] = time.GetUtcNow() + delay;
        await inner.ScheduleAsync(check, TimeSpan.Zero, cancellationToken);
    }

    public DateTimeOffset VisibleAt(string body) => _visibleAt[body];
}
