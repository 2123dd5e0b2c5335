using LlmWatch.Core.Ports;

namespace LlmWatch.Core.Judge;

/// <summary>
/// A shared spend ledger (one total for every container) that never fails the judge. Every add is also kept in
/// memory. While the shared store fails (unreachable, throttled, table or permission missing), the day's total is
/// estimated as the larger of (last shared total + this container's spend not yet stored) and (this container's own
/// spend × <c>shares</c>): a container then stops at its per-container share of the budget (budget ÷ shares) at the
/// latest, which is the behaviour without a shared store. Spend that could not be stored is added with the next call
/// that reaches the store, so the shared total catches up. One warning when an outage starts and one when it ends;
/// during an outage the store is tried again every <c>retryAfter</c> (one probe at a time), not on every sample.
/// A store call that has not answered within <see cref="CallTimeout"/> (measured on the injected clock) counts as a
/// failure, so a hanging store delays a judge call by at most that long.
/// </summary>
/// <remarks>A reply lost after the store applied an add makes that add count twice: the error is on the safe side.</remarks>
public sealed class FallbackSpendLedger : IJudgeSpendLedger
{
    /// <summary>Default wait before the store is tried again after a failure.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(60);

    /// <summary>How long one store call may take before the ledger falls back (DynamoDB answers in milliseconds).</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(2);

    private readonly IJudgeSpendLedger _shared;
    private readonly int _shares;
    private readonly TimeProvider _time;
    private readonly IEventLog _log;
    private readonly TimeSpan _retryAfter;
    private readonly InMemorySpendLedger _local = new();
    private readonly Lock _gate = new();
    private DateOnly _day;
    private double _lastShared;
    private double _unsynced;
    private bool _degraded;
    private DateTimeOffset _retryAt;

    /// <param name="shared">The store every container adds to.</param>
    /// <param name="shares">How many containers may run at once; the fallback gives this one 1/<paramref name="shares"/> of the cap.</param>
    /// <param name="time">Clock for the retry delay.</param>
    /// <param name="log">Told (a warning) when an outage starts and when it ends.</param>
    /// <param name="retryAfter">Wait before the store is tried again; default <see cref="DefaultRetryAfter"/>.</param>
    public FallbackSpendLedger(IJudgeSpendLedger shared, int shares, TimeProvider time, IEventLog log, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(shares, 1);
        (_shared, _shares, _time, _log) = (shared, shares, time, log);
        _retryAfter = retryAfter ?? DefaultRetryAfter;
    }

    /// <summary>True while the shared store is failing and totals are estimates.</summary>
    public bool IsDegraded
    {
        get
        {
            lock (_gate)
                return _degraded;
        }
    }

    public async Task<double> AddAsync(DateOnly day, double usd, CancellationToken cancellationToken)
    {
        var local = await _local.AddAsync(day, usd, cancellationToken);
        double send;
        lock (_gate)
        {
            Roll(day);
            _unsynced += usd;
            if (!MayTryShared())
                return Estimate(local);
            (send, _unsynced) = (_unsynced, 0);
        }
        return await SyncAsync(day, send, local, cancellationToken);
    }

    public async Task<double> GetAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var local = await _local.GetAsync(day, cancellationToken);
        double send;
        lock (_gate)
        {
            Roll(day);
            if (!MayTryShared())
                return Estimate(local);
            (send, _unsynced) = (_unsynced, 0);
        }
        return await SyncAsync(day, send, local, cancellationToken);
    }

    /// <summary>Adds what is unsynced (or just reads when nothing is) and returns the shared total, or the estimate on failure.</summary>
    private async Task<double> SyncAsync(DateOnly day, double send, double local, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(CallTimeout, _time);
        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var total = send > 0
                ? await _shared.AddAsync(day, send, call.Token)
                : await _shared.GetAsync(day, call.Token);
            bool recovered;
            lock (_gate)
            {
                if (day == _day)
                    _lastShared = Math.Max(_lastShared, total);
                (recovered, _degraded) = (_degraded, false);
            }
            if (recovered)
                _log.Warn("judge.spend-ledger-recovered", ("detail", "judge spend ledger reachable again; the shared daily budget applies"));
            return total;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            lock (_gate)
                Keep(day, send);
            throw;
        }
#pragma warning disable CA1031 // any store fault (network, throttling, missing table or permission) means: fall back, never fail the batch
        catch (Exception exception)
#pragma warning restore CA1031
        {
            bool started;
            double estimate;
            lock (_gate)
            {
                Keep(day, send);
                (started, _degraded) = (!_degraded, true);
                _retryAt = _time.GetUtcNow() + _retryAfter;
                estimate = Estimate(local);
            }
            if (started)
            {
                _log.Warn("judge.spend-ledger-unavailable",
                    ("detail", $"judge spend ledger unavailable; this container keeps to 1/{_shares} of the daily budget until it answers again"),
                    ("error", $"{exception.GetType().Name}: {exception.Message}"));
            }
            return estimate;
        }
    }

    private void Roll(DateOnly day)
    {
        // spend of an earlier day no longer matters for any cap: drop it rather than add it to the wrong row
        if (day != _day)
            (_day, _lastShared, _unsynced) = (day, 0, 0);
    }

    private void Keep(DateOnly day, double usd)
    {
        if (day == _day)
            _unsynced += usd;
    }

    private bool MayTryShared()
    {
        if (!_degraded)
            return true;
        var now = _time.GetUtcNow();
        if (now < _retryAt)
            return false;
        _retryAt = now + _retryAfter; // this caller probes; the others keep estimating meanwhile
        return true;
    }

    private double Estimate(double local) => Math.Max(_lastShared + _unsynced, local * _shares);
}
