using LlmWatch.Core.Ports;

namespace LlmWatch.Core.Judge;

/// <summary>
/// Daily judge spend cap in USD. Once the day's spend reaches the cap, further samples are skipped (and counted)
/// until the next UTC day. Calls already in flight finish, so spend can pass the cap by at most the concurrency
/// times the cost of one evaluation.
/// </summary>
public sealed class JudgeBudget(double dailyUsd, IJudgeSpendLedger ledger, TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateOnly _day;
    private double _spent;
    private bool _loaded;

    public double DailyUsd { get; } = double.IsFinite(dailyUsd) && dailyUsd >= 0 ? dailyUsd : throw new ArgumentOutOfRangeException(nameof(dailyUsd));

    /// <summary>True when today's known spend has reached the cap.</summary>
    public async Task<bool> IsExhaustedAsync(CancellationToken cancellationToken)
    {
        var today = Today();
        bool load;
        lock (_gate)
        {
            if (today != _day)
                (_day, _spent, _loaded) = (today, 0, false);
            load = !_loaded;
        }
        if (load)
        {
            var total = await ledger.GetAsync(today, cancellationToken).ConfigureAwait(false);
            Observe(today, total, loaded: true);
        }
        lock (_gate)
            return _day == today && _spent >= DailyUsd;
    }

    /// <summary>Adds the cost of one evaluation to today's spend.</summary>
    public async Task RecordAsync(double usd, CancellationToken cancellationToken)
    {
        if (!(usd > 0))
            return;
        var today = Today();
        var total = await ledger.AddAsync(today, usd, cancellationToken).ConfigureAwait(false);
        Observe(today, total, loaded: false);
    }

    private void Observe(DateOnly day, double total, bool loaded)
    {
        lock (_gate)
        {
            if (day != _day)
                (_day, _spent, _loaded) = (day, 0, false);
            _spent = Math.Max(_spent, total);
            _loaded |= loaded;
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
