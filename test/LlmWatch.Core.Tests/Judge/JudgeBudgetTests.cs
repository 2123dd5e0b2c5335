using LlmWatch.Core.Judge;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Core.Tests.Judge;

public class JudgeBudgetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task With_a_refresh_interval_spend_of_other_instances_becomes_visible_within_it()
    {
        var shared = new InMemorySpendLedger(); // stands in for a store both instances see
        var first = new JudgeBudget(1, shared, _time, TimeSpan.FromSeconds(15));
        var second = new JudgeBudget(1, shared, _time, TimeSpan.FromSeconds(15));
        Assert.False(await first.IsExhaustedAsync(Ct));

        await second.RecordAsync(1, Ct);
        Assert.True(await second.IsExhaustedAsync(Ct));
        Assert.False(await first.IsExhaustedAsync(Ct)); // still its 0 from 10:00:00

        _time.Advance(TimeSpan.FromSeconds(15));
        Assert.True(await first.IsExhaustedAsync(Ct));
    }

    [Fact]
    public async Task Without_a_refresh_interval_the_ledger_is_read_once_a_day_and_adds_carry_the_total()
    {
        var shared = new InMemorySpendLedger();
        var first = new JudgeBudget(1, shared, _time);
        Assert.False(await first.IsExhaustedAsync(Ct));

        await shared.AddAsync(new DateOnly(2026, 11, 23), 0.9, Ct);
        _time.Advance(TimeSpan.FromHours(1));
        Assert.False(await first.IsExhaustedAsync(Ct));

        await first.RecordAsync(0.1, Ct); // the add returns 1.0
        Assert.True(await first.IsExhaustedAsync(Ct));
    }
}
