using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Ack;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.TestKit.OnCall;

namespace LlmWatch.Core.Tests.OnCall;

public class EscalationFlowTests
{
    private static async Task<OnCallHarness> FiredAsync()
    {
        var h = new OnCallHarness(AlarmMessages.Received);
        h.Alarms.Set("checkout-api-errors", AlarmState.Alarm);
        await h.Intake.HandleAsync(AlarmMessages.Alarm, TestContext.Current.CancellationToken);
        return h;
    }

    [Fact]
    public async Task Without_ack_tiers_one_to_three_are_paged_on_schedule()
    {
        var h = await FiredAsync();
        await h.RunEscalationsUntilAsync(AlarmMessages.Received.AddHours(3));

        Assert.Equal(OnCallHarness.Topics, h.Publisher.Pages.Select(p => p.TopicArn));
        Assert.Equal([0, 15, 30, 60], h.Publisher.Pages.Select(p => (int)(p.At - AlarmMessages.Received).TotalMinutes));
        Assert.StartsWith("[CRITICAL][tier 3] ALARM checkout-api-errors", h.Publisher.Pages[3].Subject);
        Assert.Contains("ESCALATED to tier 3: not acknowledged 60 min after the first page.", h.Publisher.Pages[3].Body("email"));
        Assert.Equal([0, 1, 2, 3], Assert.Single(h.Store.All).PagedTiers);
        Assert.Empty(h.Scheduler.Scheduled);
    }

    [Fact]
    public async Task Thirty_minute_gap_takes_two_hops()
    {
        var h = await FiredAsync();
        await h.RunEscalationsUntilAsync(AlarmMessages.Received.AddMinutes(30));
        var hop = Assert.Single(h.Scheduler.Scheduled);
        Assert.Equal((3, TimeSpan.FromSeconds(900)), (hop.Check.Tier, hop.Delay));
        await h.RunEscalationsUntilAsync(AlarmMessages.Received.AddMinutes(45));
        Assert.Equal(3, h.Publisher.Pages.Count);
        Assert.Contains(h.Log.Events, e => e.Name == "escalate.rescheduled" && e.Fields["tier"] == "3");
    }

    [Fact]
    public async Task Ack_stops_escalation_and_a_replayed_token_is_rejected()
    {
        var h = await FiredAsync();
        await h.RunEscalationsUntilAsync(AlarmMessages.Received.AddMinutes(16));
        var incident = Assert.Single(h.Store.All);
        var token = h.Tokens.Create(incident.Id, 1);

        var ack = await h.Ack.AcknowledgeAsync(incident.Id, token, "bob@example.com", TestContext.Current.CancellationToken);
        Assert.Equal(AckStatus.Accepted, ack.Status);
        var replay = await h.Ack.AcknowledgeAsync(incident.Id, token, "mallory", TestContext.Current.CancellationToken);
        Assert.Equal(AckStatus.Rejected, replay.Status);

        await h.RunEscalationsUntilAsync(AlarmMessages.Received.AddHours(2));
        Assert.Equal(2, h.Publisher.Pages.Count);
        var stored = Assert.Single(h.Store.All);
        Assert.Equal((IncidentStatus.Acknowledged, "bob@example.com", AlarmMessages.Received.AddMinutes(16)), (stored.Status, stored.AckedBy, stored.AckedAt));
        Assert.Contains(h.Log.Events, e => e.Name == "escalate.stopped" && e.Fields["reason"] == "acknowledged by bob@example.com");
    }

    [Fact]
    public async Task Wrong_token_changes_nothing()
    {
        var h = await FiredAsync();
        var incident = Assert.Single(h.Store.All);
        var other = new AckTokens("another-secret-another-secret-xx"u8);
        var result = await h.Ack.AcknowledgeAsync(incident.Id, other.Create(incident.Id, 0), "eve", TestContext.Current.CancellationToken);
        Assert.Equal(AckStatus.Rejected, result.Status);
        Assert.Equal(incident, Assert.Single(h.Store.All));
        Assert.Equal(AckStatus.Rejected, (await h.Ack.AcknowledgeAsync("garbage", "x", "eve", TestContext.Current.CancellationToken)).Status);
    }

    [Fact]
    public async Task Escalation_stops_when_the_alarm_is_ok_again()
    {
        var h = await FiredAsync();
        h.Alarms.Set("checkout-api-errors", AlarmState.Ok);
        await h.RunEscalationsUntilAsync(AlarmMessages.Received.AddHours(2));
        Assert.Single(h.Publisher.Pages);
        Assert.Contains(h.Log.Events, e => e.Name == "escalate.stopped" && e.Fields["reason"] == "alarm is OK");
    }

    [Fact]
    public async Task Second_tier_token_after_ack_records_use_without_reopening()
    {
        var h = await FiredAsync();
        var id = Assert.Single(h.Store.All).Id;
        await h.Ack.AcknowledgeAsync(id, h.Tokens.Create(id, 0), "alice", TestContext.Current.CancellationToken);
        var second = await h.Ack.AcknowledgeAsync(id, h.Tokens.Create(id, 1), "bob", TestContext.Current.CancellationToken);
        Assert.Equal(AckStatus.AlreadyClosed, second.Status);
        Assert.Equal("alice", Assert.Single(h.Store.All).AckedBy);
        Assert.Equal(["tier-0", "tier-1"], Assert.Single(h.Store.All).UsedAckTokens);
    }
}
