using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall.Escalation;

namespace LlmWatch.Core.Tests.OnCall.Escalation;

public class EscalationPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    private static readonly Incident Open = new()
    {
        AlarmArn = "arn:aws:cloudwatch:us-east-1:1:alarm:a",
        StateChangeTime = "2026-05-04T09:00:00.000+0000",
        AlarmName = "a",
        OpenedAt = T0,
        PagedTiers = [0],
    };

    private static readonly EscalationPolicy Policy = EscalationPolicy.Default;

    [Fact]
    public void Default_tiers_are_0_15_30_60_minutes()
    {
        Assert.Equal([0, 15, 30, 60], Policy.TierDelays.Select(d => (int)d.TotalMinutes));
    }

    [Fact]
    public void Due_tier_is_paged_while_the_alarm_is_still_firing()
    {
        var check = new EscalationCheck(Open.Id, 1, T0.AddMinutes(15));
        Assert.Equal(EscalationDecision.Page(1), Policy.Decide(Open, AlarmState.Alarm, check, T0.AddMinutes(15)));
        Assert.Equal(EscalationDecision.Page(1), Policy.Decide(Open, AlarmState.InsufficientData, check, T0.AddMinutes(16)));
    }

    [Fact]
    public void Early_check_waits_another_hop_of_at_most_900_seconds()
    {
        var check = new EscalationCheck(Open.Id, 3, T0.AddMinutes(60));
        var decision = Policy.Decide(Open with { PagedTiers = [0, 1, 2] }, AlarmState.Alarm, check, T0.AddMinutes(30));
        Assert.Equal(EscalationAction.Reschedule, decision.Action);
        Assert.Equal(TimeSpan.FromSeconds(900), decision.Delay);
        Assert.Equal(TimeSpan.FromSeconds(61), Policy.Decide(Open, AlarmState.Alarm, check, T0.AddMinutes(59).AddSeconds(-1)).Delay);
    }

    [Theory]
    [InlineData(IncidentStatus.Acknowledged, "ALARM", "acknowledged by alice")]
    [InlineData(IncidentStatus.Resolved, "ALARM", "resolved")]
    [InlineData(IncidentStatus.Open, "OK", "alarm is OK")]
    [InlineData(IncidentStatus.Open, "gone", "alarm not found")]
    public void Stops_when_acknowledged_resolved_or_ok(IncidentStatus status, string state, string reason)
    {
        var incident = Open with { Status = status, AckedBy = "alice" };
        var decision = Policy.Decide(incident, AlarmStates.Parse(state), new EscalationCheck(Open.Id, 1, T0.AddMinutes(15)), T0.AddMinutes(15));
        Assert.Equal(EscalationDecision.Stop(reason), decision);
    }

    [Fact]
    public void Redelivered_check_for_a_paged_tier_stops()
    {
        var decision = Policy.Decide(Open with { PagedTiers = [0, 1] }, AlarmState.Alarm, new EscalationCheck(Open.Id, 1, T0.AddMinutes(15)), T0.AddMinutes(15));
        Assert.Equal(EscalationAction.Stop, decision.Action);
    }

    [Fact]
    public void Next_check_is_measured_from_the_first_page()
    {
        Assert.Equal(new EscalationCheck(Open.Id, 3, T0.AddMinutes(60)), Policy.NextAfter(Open, 2));
        Assert.Null(Policy.NextAfter(Open, 3));
        Assert.Equal(TimeSpan.FromSeconds(900), EscalationPolicy.HopDelay(T0.AddMinutes(30), T0));
        Assert.Equal(TimeSpan.Zero, EscalationPolicy.HopDelay(T0, T0.AddSeconds(5)));
    }

    [Fact]
    public void Policy_rejects_delays_that_do_not_start_at_zero_or_do_not_increase()
    {
        Assert.Throws<ArgumentException>(() => EscalationPolicy.FromMinutes(5, 10));
        Assert.Throws<ArgumentException>(() => EscalationPolicy.FromMinutes(0, 10, 10));
        Assert.Equal(2, EscalationPolicy.FromMinutes(0, 5).TierCount);
    }

    [Fact]
    public void Incident_id_round_trips_to_the_store_key()
    {
        Assert.True(IncidentIds.TryParse(Open.Id, out var arn, out var time));
        Assert.Equal((Open.AlarmArn, Open.StateChangeTime), (arn, time));
        Assert.DoesNotContain('+', Open.Id);
        Assert.False(IncidentIds.TryParse("!!", out _, out _));
        Assert.False(IncidentIds.TryParse("aGVsbG8", out _, out _));
    }
}
