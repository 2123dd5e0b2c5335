using LlmWatch.Core.Judge;
using LlmWatch.Core.Ports;

namespace LlmWatch.TestKit.Judge;

/// <summary>A spend ledger standing in for a shared store: an in-memory total that fails with <see cref="Fault"/> while it is set.</summary>
public sealed class FlakySpendLedger : IJudgeSpendLedger
{
    private readonly InMemorySpendLedger _store = new();
    private int _calls;

    /// <summary>When set, every call throws it instead of touching the total (an unreachable store).</summary>
    public Exception? Fault { get; set; }

    /// <summary>Calls that reached this ledger, failed ones included.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public Task<double> AddAsync(DateOnly day, double usd, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Fault is { } fault ? Task.FromException<double>(fault) : _store.AddAsync(day, usd, cancellationToken);
    }

    public Task<double> GetAsync(DateOnly day, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Fault is { } fault ? Task.FromException<double>(fault) : _store.GetAsync(day, cancellationToken);
    }
}
