using LlmWatch.Core.Judge;
using LlmWatch.Core.Ports;
using LlmWatch.TestKit.Judge;
using LlmWatch.TestKit.OnCall;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Core.Tests.Judge;

public class FallbackSpendLedgerTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly FlakySpendLedger _store = new();
    private readonly ListEventLog _log = new();

    private List<(string Message, string? Detail)> Warnings =>
        [.. _log.Events.Where(e => e.Level == LogLevel.Warn).Select(e => (e.Fields["detail"]!, e.Fields.GetValueOrDefault("error")))];

    private FallbackSpendLedger Ledger(int shares = 4) => new(_store, shares, _time, _log);

    [Fact]
    public async Task While_the_store_answers_totals_are_the_shared_ones()
    {
        var ledger = Ledger();
        await _store.AddAsync(Day, 3, Ct); // another container

        Assert.Equal(4, await ledger.AddAsync(Day, 1, Ct), 9);
        Assert.Equal(4, await ledger.GetAsync(Day, Ct), 9);
        Assert.False(ledger.IsDegraded);
        Assert.Empty(Warnings);
    }

    [Fact]
    public async Task An_unreachable_store_falls_back_to_the_container_share_warns_once_and_never_throws()
    {
        var ledger = Ledger(shares: 4);
        await _store.AddAsync(Day, 2, Ct);
        Assert.Equal(2.5, await ledger.AddAsync(Day, 0.5, Ct), 9);

        _store.Fault = new HttpRequestException("Connection refused (127.0.0.1:9)");
        // the larger of (last shared total + unsynced) and (own spend x shares): 1.0 x 4, then 1.5 x 4
        Assert.Equal(4, await ledger.AddAsync(Day, 0.5, Ct), 9);
        Assert.Equal(6, await ledger.AddAsync(Day, 0.5, Ct), 9);
        Assert.Equal(6, await ledger.GetAsync(Day, Ct), 9);

        Assert.True(ledger.IsDegraded);
        var warning = Assert.Single(Warnings);
        Assert.Contains("1/4 of the daily budget", warning.Message, StringComparison.Ordinal);
        Assert.Equal("HttpRequestException: Connection refused (127.0.0.1:9)", warning.Detail);
    }

    [Fact]
    public async Task The_store_is_probed_again_after_the_retry_delay_and_then_receives_the_unsynced_spend()
    {
        var ledger = Ledger();
        _store.Fault = new HttpRequestException("down");
        await ledger.AddAsync(Day, 0.25, Ct);
        await ledger.AddAsync(Day, 0.25, Ct);
        await ledger.GetAsync(Day, Ct);
        Assert.Equal(1, _store.Calls); // one failed call, then estimates only

        _store.Fault = null;
        _time.Advance(FallbackSpendLedger.DefaultRetryAfter);
        Assert.Equal(0.75, await ledger.AddAsync(Day, 0.25, Ct), 9);

        Assert.Equal(0.75, await _store.GetAsync(Day, Ct), 9);
        Assert.False(ledger.IsDegraded);
        Assert.Equal(2, Warnings.Count);
        Assert.Contains("reachable again", Warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_after_recovery_flushes_spend_that_could_not_be_stored()
    {
        var ledger = Ledger();
        _store.Fault = new TimeoutException("slow");
        await ledger.AddAsync(Day, 0.4, Ct);

        _store.Fault = null;
        _time.Advance(FallbackSpendLedger.DefaultRetryAfter);

        Assert.Equal(0.4, await ledger.GetAsync(Day, Ct), 9);
        Assert.Equal(0.4, await _store.GetAsync(Day, Ct), 9);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_propagates_and_the_spend_is_stored_later()
    {
        var ledger = Ledger();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        _store.Fault = new OperationCanceledException(cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ledger.AddAsync(Day, 0.3, cancelled.Token));
        Assert.False(ledger.IsDegraded);

        _store.Fault = null;
        Assert.Equal(0.5, await ledger.AddAsync(Day, 0.2, Ct), 9);
    }

    [Fact]
    public async Task Unsynced_spend_of_an_earlier_day_is_not_added_to_the_next_day()
    {
        var ledger = Ledger();
        _store.Fault = new HttpRequestException("down");
        await ledger.AddAsync(Day, 1, Ct);

        _store.Fault = null;
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0.1, await ledger.AddAsync(Day.AddDays(1), 0.1, Ct), 9);
        Assert.Equal(0, await _store.GetAsync(Day, Ct));
    }

    [Fact]
    public async Task A_budget_over_a_failing_store_stops_this_container_at_its_share()
    {
        _store.Fault = new HttpRequestException("down");
        var budget = new JudgeBudget(10, Ledger(shares: 4), _time);

        await budget.RecordAsync(2.4, Ct);
        Assert.False(await budget.IsExhaustedAsync(Ct)); // 2.4 of a 2.5 share
        await budget.RecordAsync(0.2, Ct);
        Assert.True(await budget.IsExhaustedAsync(Ct));
    }
}
