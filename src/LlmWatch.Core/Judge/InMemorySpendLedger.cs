using LlmWatch.Core.Ports;

namespace LlmWatch.Core.Judge;

/// <summary>Per-container spend ledger: honest within one container, blind to the others (see README, Quality).</summary>
public sealed class InMemorySpendLedger : IJudgeSpendLedger
{
    private readonly Lock _gate = new();
    private DateOnly _day;
    private double _total;

    public Task<double> AddAsync(DateOnly day, double usd, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (day != _day)
                (_day, _total) = (day, 0);
            _total += usd;
            return Task.FromResult(_total);
        }
    }

    public Task<double> GetAsync(DateOnly day, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(day == _day ? _total : 0);
    }
}
