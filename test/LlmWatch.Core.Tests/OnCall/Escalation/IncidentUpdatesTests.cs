using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.TestKit.OnCall;

namespace LlmWatch.Core.Tests.OnCall.Escalation;

public class IncidentUpdatesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Incident Open = new()
    {
        AlarmArn = "arn:aws:cloudwatch:us-east-1:123456789012:alarm:a",
        StateChangeTime = "2026-05-04T09:00:00.000+0000",
        AlarmName = "a",
        OpenedAt = new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero),
    };

    private readonly InMemoryIncidentStore _store = new();

    // another writer's conditional write, landing between this update's read and its write (the in-memory store answers at once)
    private void Race(Incident other, int expectedVersion)
    {
        var write = _store.TryUpdateAsync(other, expectedVersion, Ct);
        Assert.True(write.IsCompletedSuccessfully && write.Result);
    }

    [Fact]
    public async Task A_change_is_written_with_the_next_version()
    {
        await _store.TryCreateAsync(Open, Ct);

        var update = await _store.UpdateAsync(Open.AlarmArn, Open.StateChangeTime, i => i with { PagedTiers = [0] }, Ct);

        Assert.Equal(IncidentUpdateOutcome.Applied, update.Outcome);
        var stored = await _store.GetAsync(Open.AlarmArn, Open.StateChangeTime, Ct);
        Assert.Equal([0], stored!.PagedTiers);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task When_another_writer_wins_the_change_is_applied_again_to_what_they_wrote()
    {
        await _store.TryCreateAsync(Open, Ct);
        var raced = false;

        var update = await _store.UpdateAsync(Open.AlarmArn, Open.StateChangeTime, current =>
        {
            if (!raced)
            {
                raced = true; // an ack lands between this read and this write
                Race(current with { AckedBy = "ana", Version = current.Version + 1 }, current.Version);
            }
            return current with { PagedTiers = [.. current.PagedTiers, 1] };
        }, Ct);

        Assert.True(update.Applied);
        var stored = await _store.GetAsync(Open.AlarmArn, Open.StateChangeTime, Ct);
        Assert.Equal(("ana", 3), (stored!.AckedBy, stored.Version));
        Assert.Equal([1], stored.PagedTiers);
    }

    [Fact]
    public async Task A_declined_change_writes_nothing_and_a_missing_incident_is_reported()
    {
        await _store.TryCreateAsync(Open, Ct);

        var declined = await _store.UpdateAsync(Open.AlarmArn, Open.StateChangeTime, _ => null, Ct);
        var missing = await _store.UpdateAsync(Open.AlarmArn, "2020-01-01T00:00:00.000+0000", i => i, Ct);

        Assert.Equal((IncidentUpdateOutcome.Declined, Open), (declined.Outcome, declined.Before));
        Assert.Equal(1, (await _store.GetAsync(Open.AlarmArn, Open.StateChangeTime, Ct))!.Version);
        Assert.Equal(IncidentUpdateOutcome.NotFound, missing.Outcome);
    }

    [Fact]
    public async Task After_losing_every_attempt_the_update_reports_a_conflict()
    {
        await _store.TryCreateAsync(Open, Ct);

        var update = await _store.UpdateAsync(Open.AlarmArn, Open.StateChangeTime, current =>
        {
            Race(current with { Version = current.Version + 1 }, current.Version);
            return current with { PagedTiers = [0] };
        }, Ct);

        Assert.Equal(IncidentUpdateOutcome.Conflict, update.Outcome);
        Assert.Equal(1 + IncidentUpdates.MaxAttempts, (await _store.GetAsync(Open.AlarmArn, Open.StateChangeTime, Ct))!.Version);
    }
}
