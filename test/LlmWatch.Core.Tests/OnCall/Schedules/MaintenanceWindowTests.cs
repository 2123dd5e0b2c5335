using LlmWatch.Core.OnCall.Schedules;

namespace LlmWatch.Core.Tests.OnCall.Schedules;

public class MaintenanceWindowTests
{
    private readonly ScheduleResolver _resolver = new(Schedules.Sample());

    [Theory]
    // Sunday 02:00-04:00 Europe/Berlin
    [InlineData("2027-03-21T00:59:00Z", false)]
    [InlineData("2027-03-21T01:00:00Z", true)] // 02:00 CET
    [InlineData("2027-03-21T02:59:00Z", true)]
    [InlineData("2027-03-21T03:00:00Z", false)] // 04:00 CET
    [InlineData("2027-03-28T00:30:00Z", false)] // 01:30 CET on the night the clocks jump
    [InlineData("2027-03-28T01:00:00Z", true)] // 02:00 does not exist: opens at 03:00 CEST
    [InlineData("2027-03-28T02:00:00Z", false)] // 04:00 CEST: one hour that night
    [InlineData("2027-10-31T00:00:00Z", true)] // the first 02:00 (CEST)
    [InlineData("2027-10-31T02:59:00Z", true)] // 03:59 CET: three hours that night
    [InlineData("2027-10-31T03:00:00Z", false)]
    [InlineData("2027-03-22T01:30:00Z", false)] // Monday
    public void Sunday_window_follows_the_local_clock(string utc, bool covered) =>
        Assert.Equal(covered, _resolver.MaintenanceFor("llmwatch-latency-p95-warning-m1", null, Schedules.Utc(utc)) is not null);

    [Fact]
    public void Only_matching_alarms_are_covered()
    {
        var at = Schedules.Utc("2027-03-21T01:30:00Z");
        Assert.NotNull(_resolver.MaintenanceFor("llmwatch-latency-p95-critical-us.anthropic.claude", "us.anthropic.claude", at));
        Assert.Null(_resolver.MaintenanceFor("llmwatch-error-rate-critical-m1", null, at));
    }

    [Fact]
    public void A_window_past_midnight_covers_the_next_morning_and_a_model_narrows_it()
    {
        var resolver = new ScheduleResolver(Schedules.Valid("""
            {"timeZone":"America/New_York","people":{},
             "maintenanceWindows":[{"name":"batch","match":"alarm=*","model":"m1","days":["Fri"],"start":"23:00","end":"01:00"}]}
            """));

        var saturday = Schedules.Utc("2027-06-05T04:30:00Z"); // Saturday 00:30 EDT
        var occurrence = resolver.MaintenanceFor("any-alarm", "m1", saturday);
        Assert.NotNull(occurrence);
        Assert.Equal(Schedules.Utc("2027-06-05T03:00:00Z"), occurrence.From);
        Assert.Equal(Schedules.Utc("2027-06-05T05:00:00Z"), occurrence.To);
        Assert.Null(resolver.MaintenanceFor("any-alarm", "m2", saturday));
    }

    [Fact]
    public void Occurrences_in_a_range_are_listed_by_start()
    {
        var occurrences = _resolver.MaintenanceBetween(Schedules.Utc("2027-03-20T00:00:00Z"), Schedules.Utc("2027-04-05T00:00:00Z"));

        Assert.Equal(
            [(Schedules.Utc("2027-03-21T01:00:00Z"), Schedules.Utc("2027-03-21T03:00:00Z")),
             (Schedules.Utc("2027-03-28T01:00:00Z"), Schedules.Utc("2027-03-28T02:00:00Z")),
             (Schedules.Utc("2027-04-04T00:00:00Z"), Schedules.Utc("2027-04-04T02:00:00Z"))],
            occurrences.Select(o => (o.From, o.To)));
    }

    [Theory]
    [InlineData("alarm=llmwatch-*", "llmwatch-latency", true)]
    [InlineData("alarm=llmwatch-*-critical-*", "llmwatch-error-rate-critical-m1", true)]
    [InlineData("alarm=llmwatch-?atency", "llmwatch-latency", true)]
    [InlineData("alarm=llmwatch-latency", "llmwatch-latency-p95", false)]
    [InlineData("alarm=*", "", true)]
    [InlineData("alarm=LLMWATCH-*", "llmwatch-latency", false)]
    public void Alarm_patterns_are_globs_on_the_name(string match, string alarm, bool expected)
    {
        Assert.True(AlarmMatch.TryParse(match, null, out var parsed, out _));
        Assert.Equal(expected, parsed.Matches(alarm, null));
    }
}
