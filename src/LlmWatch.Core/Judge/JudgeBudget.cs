using LlmWatch.Core.Ports;

namespace LlmWatch.Core.Judge;

/// <summary>
/// Daily judge spend cap in USD. Once the day's spend reaches the cap, further samples are skipped (and counted)
/// until the next UTC day. Calls already in flight finish, so spend can pass the cap by at most the concurrency
/// times the cost of one evaluation.
/// </summary>
/// <param name="refreshEvery">How old this instance's knowledge of the day's total may get before it reads the ledger
/// again. Null: read once per day, then follow its own adds (enough when the ledger is private to this instance). With
/// a ledger shared by other containers, their spend becomes visible here within this interval (or with this
/// instance's next add, which returns the shared total).</param>
public sealed class JudgeBudget(double dailyUsd, IJudgeSpendLedger ledger, TimeProvider time, TimeSpan? refreshEvery = null)
{
    private readonly Lock _gate = new();
    private DateOnly _day;
    private double _spent;
    private bool _loaded;
    private DateTimeOffset _knownAt;

    public double DailyUsd { get; } = double.IsFinite(dailyUsd) && dailyUsd >= 0 ? dailyUsd : throw new ArgumentOutOfRangeException(nameof(dailyUsd));

    /// <summary>True when today's known spend has reached the cap.</summary>
    public async Task<bool> IsExhaustedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = Today(now);
        bool load;
        lock (_gate)
        {
            if (today != _day)
                (_day, _spent, _loaded) = (today, 0, false);
            var stale = refreshEvery is { } every && now - _knownAt >= every;
            load = !_loaded || stale;
            if (stale)
                _knownAt = now; // one refresh at a time: concurrent callers use what is known meanwhile
        }
        if (load)
        {
            var total = await ledger.GetAsync(today, cancellationToken);
            Observe(today, total, loaded: true, now);
        }
        lock (_gate)
            return _day == today && _spent >= DailyUsd;
    }

    /// <summary>Adds the cost of one evaluation to today's spend.</summary>
    public async Task RecordAsync(double usd, CancellationToken cancellationToken)
    {
        if (!(usd > 0))
            return;
        var now = time.GetUtcNow();
        var today = Today(now);
        var total = await ledger.AddAsync(today, usd, cancellationToken);
        Observe(today, total, loaded: false, now);
    }

    private void Observe(DateOnly day, double total, bool loaded, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (day != _day)
                (_day, _spent, _loaded) = (day, 0, false);
            _spent = Math.Max(_spent, total);
            _loaded |= loaded;
            if (_loaded && at > _knownAt)
                _knownAt = at;
        }
    }

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
