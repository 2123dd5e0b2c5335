using System.Collections.Concurrent;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;

namespace LlmWatch.TestKit.OnCall;

/// <summary>Records scheduled re-checks so a test can deliver them when its fake clock reaches them.</summary>
public sealed class RecordingScheduler(TimeProvider time) : IEscalationScheduler
{
    private readonly ConcurrentQueue<(EscalationCheck Check, DateTimeOffset VisibleAt, TimeSpan Delay)> _queue = new();

    public IReadOnlyList<(EscalationCheck Check, DateTimeOffset VisibleAt, TimeSpan Delay)> Scheduled => [.. _queue];

    public Task ScheduleAsync(EscalationCheck check, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay < TimeSpan.Zero || delay > EscalationPolicy.MaxHop)
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "SQS DelaySeconds is 0..900");
        _queue.Enqueue((check, time.GetUtcNow() + delay, delay));
        return Task.CompletedTask;
    }

    /// <summary>Removes and returns the messages visible at the current time, like an SQS receive.</summary>
    public IReadOnlyList<EscalationCheck> ReceiveDue()
    {
        var now = time.GetUtcNow();
        var due = new List<EscalationCheck>();
        var later = new List<(EscalationCheck, DateTimeOffset, TimeSpan)>();
        while (_queue.TryDequeue(out var item))
        {
            if (item.VisibleAt <= now)
                due.Add(item.Check);
            else
                later.Add(item);
        }
        foreach (var item in later)
            _queue.Enqueue(item);
        return due;
    }
}
