using LlmWatch.Core.OnCall.Schedules;

namespace LlmWatch.Core.Tests.OnCall.Schedules;

/// <summary>The sample schedule (events/oncall-schedule.json) around both 2027 daylight-saving changes in Europe/Berlin.</summary>
public class ScheduleResolverTests
{
    private readonly ScheduleResolver _resolver = new(Schedules.Sample());

    [Theory]
    // tier 0: P1W from Monday 2027-03-22 09:00 local, ana -> ben -> chen
    [InlineData("2027-03-22T07:59:00Z", 0, null)] // before the rotation starts: the topic
    [InlineData("2027-03-22T08:00:00Z", 0, "ana")] // 09:00 CET
    [InlineData("2027-03-29T06:59:00Z", 0, "ana")] // Monday after the spring change: 08:59 CEST
    [InlineData("2027-03-29T07:00:00Z", 0, "ben")] // 09:00 CEST is 07:00 UTC now
    [InlineData("2027-04-05T07:00:00Z", 0, "chen")]
    [InlineData("2027-04-12T07:00:00Z", 0, "ana")]
    [InlineData("2027-10-25T07:00:00Z", 0, "ben")] // last Monday in summer time: week 31
    [InlineData("2027-11-01T07:30:00Z", 0, "ben")] // 08:30 CET: not yet
    [InlineData("2027-11-01T08:00:00Z", 0, "chen")] // 09:00 CET is 08:00 UTC again
    // tier 0 override: dana from 2027-03-24T18:00+01:00 to 2027-03-25T09:00+01:00
    [InlineData("2027-03-24T16:59:00Z", 0, "ana")]
    [InlineData("2027-03-24T17:00:00Z", 0, "dana")]
    [InlineData("2027-03-25T07:59:00Z", 0, "dana")]
    [InlineData("2027-03-25T08:00:00Z", 0, "ana")]
    // tier 1: PT12H from 09:00, dana 09-21, eli 21-09, on the local clock
    [InlineData("2027-03-27T19:59:00Z", 1, "dana")] // Saturday 20:59 CET
    [InlineData("2027-03-27T20:00:00Z", 1, "eli")] // Saturday 21:00 CET
    [InlineData("2027-03-28T06:59:00Z", 1, "eli")] // Sunday 08:59 CEST
    [InlineData("2027-03-28T07:00:00Z", 1, "dana")] // Sunday 09:00 CEST: eli's night was 11 hours
    [InlineData("2027-03-28T19:00:00Z", 1, "eli")] // 21:00 CEST
    [InlineData("2027-10-30T19:00:00Z", 1, "eli")] // Saturday 21:00 CEST
    [InlineData("2027-10-31T07:30:00Z", 1, "eli")] // Sunday 08:30 CET: eli's night is 13 hours
    [InlineData("2027-10-31T08:00:00Z", 1, "dana")] // 09:00 CET
    // tiers 2 and 3 have no rotation
    [InlineData("2027-03-28T07:00:00Z", 2, null)]
    [InlineData("2027-03-28T07:00:00Z", 3, null)]
    public void On_call_around_the_daylight_saving_changes(string utc, int tier, string? expected)
    {
        var onCall = _resolver.OnCallAt(Schedules.Utc(utc), tierCount: 4);
        Assert.Equal(4, onCall.Count);
        Assert.Equal(expected, onCall[tier].Person?.Id);
        Assert.Equal(expected is null, onCall[tier].FallsBackToTopic);
    }

    [Fact]
    public void Override_wins_and_says_so()
    {
        var at = Schedules.Utc("2027-03-24T20:00:00Z");
        Assert.Equal(OnCallSource.Override, _resolver.ForTier(0, at).Source);
        Assert.Equal(OnCallSource.Rotation, _resolver.ForTier(1, at).Source);
        Assert.Equal(OnCallSource.Topic, _resolver.ForTier(2, at).Source);
        Assert.Equal("+4917612345678", _resolver.ForTier(0, at).Person!.Sms);
    }

    [Fact]
    public void Handoffs_in_a_week_list_rotation_and_override_changes_in_order()
    {
        var handoffs = _resolver.HandoffsBetween(Schedules.Utc("2027-03-22T00:00:00Z"), Schedules.Utc("2027-03-30T00:00:00Z"), tierCount: 4);

        var tier0 = handoffs.Where(h => h.Tier == 0).Select(h => $"{h.At.UtcDateTime:yyyy-MM-ddTHH:mm}Z {h.From?.Id ?? "topic"}->{h.To?.Id} {h.Reason}").ToList();
        Assert.Equal(
        [
            "2027-03-22T08:00Z topic->ana rotation",
            "2027-03-24T17:00Z ana->dana override",
            "2027-03-25T08:00Z dana->ana override-ends",
            "2027-03-29T07:00Z ana->ben rotation",
        ], tier0);
        // tier 1 hands off at 09:00 and 21:00 local, so at 07:00 UTC (not 08:00) once summer time has begun
        var tier1 = handoffs.Where(h => h.Tier == 1).ToList();
        Assert.Equal(Schedules.Utc("2027-03-22T08:00:00Z"), tier1[0].At);
        Assert.Contains(tier1, h => h.At == Schedules.Utc("2027-03-28T07:00:00Z") && h.From!.Id == "eli" && h.To!.Id == "dana");
        Assert.DoesNotContain(tier1, h => h.At == Schedules.Utc("2027-03-28T08:00:00Z"));
        Assert.True(handoffs.Zip(handoffs.Skip(1)).All(p => p.First.At <= p.Second.At));
        Assert.DoesNotContain(handoffs, h => h.Tier >= 2);
    }

    [Fact]
    public void A_boundary_where_the_same_person_carries_on_is_no_handoff()
    {
        var resolver = new ScheduleResolver(Schedules.Valid("""
            {"timeZone":"UTC","people":{"solo":{"email":"solo@example.com"}},
             "rotations":[{"tier":0,"people":["solo"],"start":"2027-01-04T09:00","length":"P1D"}],
             "overrides":[{"tier":0,"person":"solo","from":"2027-01-05T00:00Z","to":"2027-01-06T00:00Z"}]}
            """));

        var handoffs = resolver.HandoffsBetween(Schedules.Utc("2027-01-01T00:00:00Z"), Schedules.Utc("2027-02-01T00:00:00Z"), 1);

        var only = Assert.Single(handoffs);
        Assert.Equal(Schedules.Utc("2027-01-04T09:00:00Z"), only.At);
        Assert.Null(only.From);
    }

    [Theory]
    // America/New_York, P1D at 08:00 local: 13:00 UTC in winter, 12:00 UTC from the spring change on.
    [InlineData("2027-03-13T12:59:00Z", "a")]
    [InlineData("2027-03-13T13:00:00Z", "b")] // Saturday 08:00 EST
    [InlineData("2027-03-14T11:59:00Z", "b")]
    [InlineData("2027-03-14T12:00:00Z", "a")] // Sunday 08:00 EDT
    [InlineData("2027-11-07T12:59:00Z", "b")] // Sunday 07:59 EST
    [InlineData("2027-11-07T13:00:00Z", "a")] // Sunday 08:00 EST
    public void New_York_daily_rotation_keeps_eight_in_the_morning(string utc, string expected)
    {
        var resolver = new ScheduleResolver(Schedules.Valid("""
            {"timeZone":"America/New_York","people":{"a":{"email":"a@example.com"},"b":{"email":"b@example.com"}},
             "rotations":[{"tier":0,"people":["a","b"],"start":"2027-03-10T08:00","length":"P1D"}]}
            """));
        Assert.Equal(expected, resolver.ForTier(0, Schedules.Utc(utc)).Person!.Id);
    }

    [Fact]
    public void Handoff_in_the_spring_gap_happens_when_the_clock_resumes_and_in_the_repeated_hour_at_its_first_pass()
    {
        var resolver = new ScheduleResolver(Schedules.Valid("""
            {"timeZone":"America/New_York","people":{"a":{"email":"a@example.com"},"b":{"email":"b@example.com"}},
             "rotations":[{"tier":0,"people":["a","b"],"start":"2027-03-12T02:30","length":"P1D"},
                          {"tier":1,"people":["a","b"],"start":"2027-11-05T01:30","length":"P1D"}]}
            """));

        var spring = resolver.HandoffsBetween(Schedules.Utc("2027-03-14T00:00:00Z"), Schedules.Utc("2027-03-15T00:00:00Z"), 2);
        var fall = resolver.HandoffsBetween(Schedules.Utc("2027-11-07T00:00:00Z"), Schedules.Utc("2027-11-08T00:00:00Z"), 2);

        // 02:30 does not exist on 14 March: the handoff is at 03:00 EDT.
        Assert.Equal(Schedules.Utc("2027-03-14T07:00:00Z"), Assert.Single(spring, h => h.Tier == 0).At);
        // 01:30 happens twice on 7 November: the handoff is at the first, 01:30 EDT.
        Assert.Equal(Schedules.Utc("2027-11-07T05:30:00Z"), Assert.Single(fall, h => h.Tier == 1).At);
    }

    [Fact]
    public void A_shift_entirely_inside_the_spring_gap_is_skipped()
    {
        // Hourly shifts a, b, c from 00:00 on 28 March 2027 in Berlin: c's 02:00-03:00 shift does not exist on the
        // wall clock (02:00 and 03:00 are both 01:00 UTC), so b hands straight to a.
        var resolver = new ScheduleResolver(Schedules.Valid("""
            {"timeZone":"Europe/Berlin","people":{"a":{"email":"a@example.com"},"b":{"email":"b@example.com"},"c":{"email":"c@example.com"}},
             "rotations":[{"tier":0,"people":["a","b","c"],"start":"2027-03-28T00:00","length":"PT1H"}]}
            """));

        var handoffs = resolver.HandoffsBetween(Schedules.Utc("2027-03-28T00:30:00Z"), Schedules.Utc("2027-03-28T01:30:00Z"), 1);

        var change = Assert.Single(handoffs);
        Assert.Equal(Schedules.Utc("2027-03-28T01:00:00Z"), change.At); // 03:00 CEST
        Assert.Equal("b", change.From!.Id);
        Assert.Equal("a", change.To!.Id);
        Assert.Equal("b", resolver.ForTier(0, Schedules.Utc("2027-03-28T00:59:59Z")).Person!.Id);
    }
}
