using System.Text.Json;
using LlmWatch.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Cli.Tests.Commands;

public sealed class OnCallCommandTests : IDisposable
{
    private static readonly string Sample = RepoFiles.Event("oncall-schedule.json");
    private readonly string _dir = Directory.CreateTempSubdirectory("llmwatch-oncall-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Who_json_names_the_person_per_tier_and_the_topic_fallback()
    {
        var run = await Cli.RunAsync("oncall", "who", "--schedule", Sample, "--at", "2027-03-24T20:00:00Z", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """{"at":"2027-03-24T20:00:00Z","tiers":[{"tier":0,"person":"dana"},{"tier":1,"person":"eli"},{"tier":2,"person":null,"fallback":"topic"},{"tier":3,"person":null,"fallback":"topic"}]}""",
            run.Out.TrimEnd());
    }

    [Fact]
    public async Task Who_without_at_asks_the_clock_and_local_times_are_in_the_schedule_zone()
    {
        var output = new StringWriter();
        var env = new CliEnvironment(output, new StringWriter(), new FakeTimeProvider(DateTimeOffset.Parse("2027-03-29T07:00:00Z")), IsTerminal: false);
        Assert.Equal(0, await CliApp.RunAsync(["oncall", "who", "--schedule", Sample, "--json"], env, TestContext.Current.CancellationToken));
        using var now = JsonDocument.Parse(output.ToString());
        Assert.Equal("2027-03-29T07:00:00Z", now.RootElement.GetProperty("at").GetString());
        Assert.Equal("ben", now.RootElement.GetProperty("tiers")[0].GetProperty("person").GetString());

        // 08:59 on the Monday after the spring change is still ana's week; 09:00 local is ben's.
        var before = await Cli.RunAsync("oncall", "who", "--schedule", Sample, "--at", "2027-03-29T08:59", "--json");
        Assert.Contains("\"at\":\"2027-03-29T06:59:00Z\"", before.Out);
        Assert.Contains("{\"tier\":0,\"person\":\"ana\"}", before.Out);
    }

    [Fact]
    public async Task Who_text_shows_channels_overrides_fallbacks_and_an_open_maintenance_window()
    {
        var run = await Cli.RunAsync("oncall", "who", "--schedule", Sample, "--at", "2027-03-28T03:30+02:00", "--tiers", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("On call at Sun 2027-03-28 03:30 +02:00 (2027-03-28T01:30:00Z, Europe/Berlin)", run.Out);
        Assert.Contains("tier 0  ana  ana@example.com, +4915112345678", run.Out);
        Assert.Contains("tier 1  eli  eli@example.com, +4916098765432", run.Out);
        Assert.Contains("tier 2  nobody scheduled: pages go to the tier's topic", run.Out);
        Assert.DoesNotContain("tier 3", run.Out);
        Assert.Contains("maintenance sunday-redeploy (alarm=llmwatch-latency-*) until Sun 2027-03-28 04:00 +02:00", run.Out);
    }

    [Fact]
    public async Task Show_lists_the_handoffs_in_a_range_at_local_wall_clock_times()
    {
        var run = await Cli.RunAsync("oncall", "show", "--schedule", Sample, "--from", "2027-03-24", "--to", "2027-03-26", "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var tier0 = doc.RootElement.GetProperty("handoffs").EnumerateArray()
            .Where(h => h.GetProperty("tier").GetInt32() == 0)
            .Select(h => $"{h.GetProperty("local").GetString()} {h.GetProperty("from").GetString()}->{h.GetProperty("to").GetString()} {h.GetProperty("reason").GetString()}")
            .ToList();
        Assert.Equal(["2027-03-24T18:00:00+01:00 ana->dana override", "2027-03-25T09:00:00+01:00 dana->ana override-ends"], tier0);
        Assert.Equal(4, doc.RootElement.GetProperty("handoffs").EnumerateArray().Count(h => h.GetProperty("tier").GetInt32() == 1));
        Assert.Equal("Europe/Berlin", doc.RootElement.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Show_text_lists_maintenance_windows_and_refuses_an_inverted_range()
    {
        var run = await Cli.RunAsync("oncall", "show", "--schedule", Sample, "--from", "2027-10-30T12:00", "--to", "2027-11-01T12:00");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Sun 2027-10-31 09:00 +01:00  2027-10-31T08:00:00Z  tier 1  eli -> dana", run.Out);
        Assert.Contains("Sun 2027-10-31 02:00 +02:00 .. Sun 2027-10-31 04:00 +01:00  sunday-redeploy", run.Out);
        Assert.Contains("Mon 2027-11-01 09:00 +01:00  2027-11-01T08:00:00Z  tier 0  ben -> chen", run.Out);

        var inverted = await Cli.RunAsync("oncall", "show", "--schedule", Sample, "--from", "2027-11-01", "--to", "2027-10-01");
        Assert.Equal(2, inverted.ExitCode);
        Assert.Contains("--to must be after --from", inverted.Error);

        var bad = await Cli.RunAsync("oncall", "who", "--schedule", Sample, "--at", "next tuesday");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--at \"next tuesday\" is not an ISO-8601 date-time", bad.Error);
    }

    [Fact]
    public async Task Validate_exits_0_for_the_sample_and_2_with_every_error_and_its_path()
    {
        var ok = await Cli.RunAsync("oncall", "validate", Sample);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("oncall-schedule.json: valid (Europe/Berlin; 5 people, 2 rotation(s), 1 override(s), 1 maintenance window(s))", ok.Out);

        var file = Path.Combine(_dir, "bad.json");
        File.WriteAllText(file, """
            {"timeZone": "Europe/Berlin",
             "people": {"ana": {"email": "ana@example.com"}, "ben": {"email": "ben@example.com"}},
             "rotations": [{"tier": 0, "people": ["ana", "ben", "dan"], "start": "2027-03-22T09:00", "length": "P1W"}],
             "overrides": [{"tier": 0, "person": "ben", "from": "2027-03-24T18:00+01:00", "to": "2027-03-24T09:00+01:00"}]}
            """);
        var bad = await Cli.RunAsync("oncall", "validate", file);
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("", bad.Out);
        Assert.Contains($"schedule '{file}' has 2 problem(s):", bad.Error);
        Assert.Contains("  $.rotations[0].people[2]: unknown person \"dan\"", bad.Error);
        Assert.Contains("  $.overrides[0].to: \"2027-03-24T09:00+01:00\" is not after from", bad.Error);

        var missing = await Cli.RunAsync("oncall", "who", "--schedule", Path.Combine(_dir, "none.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cannot read", missing.Error);
    }
}
