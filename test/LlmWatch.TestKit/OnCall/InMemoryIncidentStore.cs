using System.Collections.Concurrent;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;

namespace LlmWatch.TestKit.OnCall;

/// <summary>Incident store with the same conditional semantics as the DynamoDB one.</summary>
public sealed class InMemoryIncidentStore : IIncidentStore
{
    private readonly ConcurrentDictionary<(string, string), Incident> _items = new();
    private readonly Lock _gate = new();

    public IReadOnlyCollection<Incident> All => [.. _items.Values];

    public Task<bool> TryCreateAsync(Incident incident, CancellationToken cancellationToken) =>
        Task.FromResult(_items.TryAdd((incident.AlarmArn, incident.StateChangeTime), incident));

    public Task<Incident?> GetAsync(string alarmArn, string stateChangeTime, CancellationToken cancellationToken) =>
        Task.FromResult(_items.TryGetValue((alarmArn, stateChangeTime), out var i) ? i : null);

    public Task<Incident?> FindLatestAsync(string alarmArn, CancellationToken cancellationToken) =>
        Task.FromResult(_items.Values.Where(i => i.AlarmArn == alarmArn).MaxBy(i => i.StateChangeTime, StringComparer.Ordinal));

    public Task<bool> TryUpdateAsync(Incident updated, int expectedVersion, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var key = (updated.AlarmArn, updated.StateChangeTime);
            if (!_items.TryGetValue(key, out var current) || current.Version != expectedVersion)
                return Task.FromResult(false);
            _items[key] = updated;
            return Task.FromResult(true);
        }
    }
}
