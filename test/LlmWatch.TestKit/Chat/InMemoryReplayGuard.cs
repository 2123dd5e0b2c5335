using LlmWatch.Core.Ports;

namespace LlmWatch.TestKit.Chat;

/// <summary>The shared seen-set as one dictionary; forgets an entry once the clock passes its expiry, as a TTL would.</summary>
public sealed class InMemoryReplayGuard(TimeProvider time) : IReplayGuard
{
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, DateTimeOffset> Seen => _seen;

    public ValueTask<bool> FirstSightingAsync(string key, DateTimeOffset forgetAfter, CancellationToken cancellationToken)
    {
        lock (_seen)
        {
            if (_seen.TryGetValue(key, out var expiry) && expiry > time.GetUtcNow())
                return ValueTask.FromResult(false);
            _seen[key] = forgetAfter;
            return ValueTask.FromResult(true);
        }
    }
}
