using LlmWatch.Core.OnCall.Schedules;

namespace LlmWatch.Core.Tests.OnCall.Schedules;

public class ScheduleReaderTests
{
    [Fact]
    public void Sample_schedule_reads_whole()
    {
        var schedule = Schedules.Sample();

        Assert.Equal("Europe/Berlin", schedule.Zone.Id);
        Assert.Equal(["ana", "ben", "chen", "dana", "eli"], schedule.People.Keys.Order(StringComparer.Ordinal));
        Assert.Null(schedule.People["chen"].Sms);
        Assert.Equal(2, schedule.Rotations.Count);
        Assert.Equal("P1W", schedule.Rotations[0].Length.ToString());
        Assert.Equal(new DateTime(2027, 3, 22, 9, 0, 0), schedule.Rotations[0].Start);
        var cover = Assert.Single(schedule.Overrides);
        Assert.Equal(Schedules.Utc("2027-03-24T17:00:00Z"), cover.From);
        var window = Assert.Single(schedule.MaintenanceWindows);
        Assert.Equal("llmwatch-latency-*", window.Match.AlarmPattern);
        Assert.Equal([DayOfWeek.Sunday], window.Days);
        Assert.Equal(2, schedule.TierCount);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_json_path()
    {
        var load = Schedules.Load("""
            {
              "timeZone": "Europe/Berln",
              "people": {
                "ana": {"email": "ana@example.com"},
                "ben": {"sms": "015112345678"},
                "chen": {},
                "fox": {"email": "fox@example.com", "pager": "x"}
              },
              "rotations": [
                {"tier": 0, "people": ["ana", "ben", "dan"], "start": "2027-03-22T09:00", "length": "P1W"},
                {"tier": 0, "people": [], "start": "2027-03-22T09:00+01:00", "length": "P1M"},
                {"tier": 12, "people": ["ana"], "start": "tomorrow", "lenght": "P1D"}
              ],
              "overrides": [
                {"tier": 1, "person": "zed", "from": "2027-03-24T18:00+01:00", "to": "2027-03-25T09:00+01:00"}
              ],
              "maintenanceWindows": [
                {"name": "w", "match": "latency", "days": ["Sun", "Caturday"], "start": "2:00am", "end": "04:00"}
              ]
            }
            """);

        Assert.False(load.IsValid);
        var errors = load.Errors.Select(e => e.ToString()).ToList();
        string[] expected =
        [
            "$.people.ben.sms: \"015112345678\" is not an E.164 phone number",
            "$.people.chen: chen has neither \"email\" nor \"sms\"",
            "$.people.fox: unknown property \"pager\"",
            "$.rotations[1].people: a rotation needs at least one person",
            "$.rotations[1].start: \"2027-03-22T09:00+01:00\" has an offset",
            "$.rotations[1].length: \"P1M\": years and months are not supported",
            "$.rotations[2].tier: tier 12 is out of range (0-9)",
            "$.rotations[2].start: \"tomorrow\" is not a local date-time",
            "$.rotations[2]: unknown property \"lenght\"",
            "$.rotations[2]: missing \"length\"",
            "$.maintenanceWindows[0].days[1]: \"Caturday\" is not a day",
            "$.maintenanceWindows[0].start: \"2:00am\" is not a local time of day",
            "$.maintenanceWindows[0].match: \"latency\" is not a match (expected alarm=PATTERN",
            "$.timeZone: unknown time zone \"Europe/Berln\"",
            "$.rotations[0].people[2]: unknown person \"dan\"",
            "$.rotations[1].tier: tier 0 already has a rotation ($.rotations[0])",
        ];
        foreach (var e in expected)
            Assert.Contains(errors, x => x.StartsWith(e, StringComparison.Ordinal));
        Assert.Equal(expected.Length, errors.Count);
    }

    [Fact]
    public void Overrides_are_checked_once_the_zone_is_known()
    {
        var load = Schedules.Load("""
            {"timeZone": "Europe/Berlin",
             "people": {"ana": {"email": "ana@example.com"}, "ben": {"email": "ben@example.com"}},
             "overrides": [
               {"tier": 0, "person": "ana", "from": "2027-03-24T18:00", "to": "2027-03-25T09:00"},
               {"tier": 0, "person": "ben", "from": "2027-03-25T08:00+01:00", "to": "2027-03-26T09:00+01:00"},
               {"tier": 1, "person": "ben", "from": "2027-03-25T08:00+01:00", "to": "2027-03-25T08:00+01:00"},
               {"tier": 1, "person": "dan", "from": "2027-03-26T08:00Z", "to": "2027-03-27T08:00Z"},
               {"tier": 2, "person": "ana", "from": "soon", "to": "2027-03-27T08:00Z"}
             ]}
            """);

        Assert.Equal(
        [
            "$.overrides[2].to: \"2027-03-25T08:00+01:00\" is not after from (\"2027-03-25T08:00+01:00\")",
            "$.overrides[3].person: unknown person \"dan\"",
            "$.overrides[4].from: \"soon\" is not a date-time (expected e.g. 2027-03-24T18:00+01:00, or a local 2027-03-24T18:00)",
            "$.overrides[1]: overlaps $.overrides[0] on tier 0 (ana until 2027-03-25T09:00:00+01:00, ben from 2027-03-25T08:00:00+01:00)",
        ], load.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("", "$: the file is empty")]
    [InlineData("[]", "$: expected an object, found an array")]
    [InlineData("{\"timeZone\": \"UTC\", \"people\": {}", "$: not valid JSON at line 1")]
    [InlineData("{\"people\": {}}", "$: missing \"timeZone\"")]
    [InlineData("{\"timeZone\": 1, \"people\": {}}", "$.timeZone: expected a string, found a number")]
    [InlineData("{\"timeZone\": \"UTC\", \"people\": []}", "$.people: expected an object of people by id, found an array")]
    [InlineData("{\"timeZone\": \"UTC\", \"people\": {}, \"rotation\": []}", "$: unknown property \"rotation\"")]
    public void Malformed_files_name_the_problem(string json, string expected) =>
        Assert.StartsWith(expected, Assert.Single(Schedules.Load(json).Errors).ToString());

    [Fact]
    public void Comments_trailing_commas_and_a_byte_order_mark_are_accepted()
    {
        var json = "\uFEFF" + """
            // team schedule
            {"timeZone": "UTC", "people": {"ana": {"email": "ana@example.com",},},
             "rotations": [{"tier": 0, "people": ["ana"], "start": "2027-01-04T09:00", "length": "P1W"},],}
            """;
        Assert.True(Schedules.Load(json).IsValid);
    }

    [Fact]
    public void Zone_lookup_is_injectable()
    {
        var load = ScheduleReader.Read("""{"timeZone": "Europe/Berlin", "people": {}}"""u8, _ => null);
        Assert.Equal("$.timeZone: unknown time zone \"Europe/Berlin\" (expected an IANA id such as Europe/Berlin or America/New_York)", Assert.Single(load.Errors).ToString());
    }
}
