using LlmWatch.Core.OnCall.Schedules;

namespace LlmWatch.Core.Tests.OnCall.Schedules;

public class WallClockTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("2027-03-28T01:59", "2027-03-28T00:59:00Z")] // before the jump, CET
    [InlineData("2027-03-28T02:00", "2027-03-28T01:00:00Z")] // gap: the end of the gap (03:00 CEST)
    [InlineData("2027-03-28T02:30", "2027-03-28T01:00:00Z")]
    [InlineData("2027-03-28T03:00", "2027-03-28T01:00:00Z")]
    [InlineData("2027-10-31T02:30", "2027-10-31T00:30:00Z")] // happens twice: the first (CEST)
    [InlineData("2027-10-31T03:00", "2027-10-31T02:00:00Z")] // after the fall-back, CET
    public void Europe_Berlin_gap_and_overlap(string local, string expectedUtc) =>
        Assert.Equal(Schedules.Utc(expectedUtc), WallClock.ToInstant(Parse(local), Berlin));

    [Theory]
    [InlineData("2027-03-14T02:30", "2027-03-14T07:00:00Z")] // 03:00 EDT
    [InlineData("2027-11-07T01:30", "2027-11-07T05:30:00Z")] // first 01:30 (EDT)
    [InlineData("2027-11-07T02:00", "2027-11-07T07:00:00Z")] // EST
    public void America_New_York_gap_and_overlap(string local, string expectedUtc) =>
        Assert.Equal(Schedules.Utc(expectedUtc), WallClock.ToInstant(Parse(local), NewYork));

    [Fact]
    public void Half_hour_daylight_saving_gap_ends_at_the_half_hour()
    {
        // Lord Howe Island moves its clocks by 30 minutes: 02:00 +10:30 -> 02:30 +11:00 on 3 October 2027.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Australia/Lord_Howe");
        var instant = WallClock.ToInstant(Parse("2027-10-03T02:15"), zone);
        Assert.Equal(Schedules.Utc("2027-10-02T15:30:00Z"), instant);
        Assert.Equal(TimeSpan.FromHours(11), zone.GetUtcOffset(instant));
    }

    [Fact]
    public void Later_local_times_never_map_to_earlier_instants()
    {
        foreach (var zone in new[] { Berlin, NewYork })
        {
            var previous = DateTimeOffset.MinValue;
            for (var local = Parse("2027-03-13T00:00"); local < Parse("2027-11-08T00:00"); local = local.AddMinutes(15))
            {
                var instant = WallClock.ToInstant(local, zone);
                Assert.True(instant >= previous, $"{zone.Id} {local:s} -> {instant:O} is before {previous:O}");
                Assert.True(WallClock.ToLocal(instant, zone) >= local, $"{zone.Id} {local:s}: the clock has not reached it at {instant:O}");
                previous = instant;
            }
        }
    }

    private static DateTime Parse(string local)
    {
        Assert.True(ScheduleTime.TryParseLocal(local, out var value));
        return value;
    }
}
