using System.Text.Json;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.TestKit;

namespace LlmWatch.Cli.Tests.Commands;

public class BacktestCommandTests : IDisposable
{
    private const string Sonnet = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    private const string Nova = "amazon.nova-lite-v1:0";
    private static readonly string Template = RepoFiles.Path("serverless.template");
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("llmwatch-backtest-");

    public void Dispose() => _dir.Delete(recursive: true);

    internal static TrafficScenario Incident() => new TrafficScenario().Model(Sonnet).Model(Nova).Minutes(60)
        .LatencyIncident(Sonnet, 20, 30, 4500)
        .ErrorBurst(Nova, 40, 45, failures: 3);

    /// <summary>Models the price table cannot price raise the unpriced-tokens alarm in their first minute.</summary>
    private static bool Priced(string model) =>
        PriceBook.LoadDefault().TryGetCost(model, TrafficScenario.DefaultStart, new TokenCounts(100, 50, 0, 0), out _);

    private static List<(string Name, string Time, string State)> Fired(JsonElement document) =>
        [.. document.GetProperty("alarms").EnumerateArray()
            .Where(a => a.GetProperty("transitions").EnumerateArray().Any(t => t.GetProperty("state").GetString() == "ALARM"))
            .Where(a => a.GetProperty("name").GetString() != "llmwatch-unpriced-tokens")
            .SelectMany(a => a.GetProperty("transitions").EnumerateArray()
                .SkipWhile(t => t.GetProperty("state").GetString() != "ALARM")
                .Select(t => (a.GetProperty("name").GetString()!, t.GetProperty("time").GetString()!, t.GetProperty("state").GetString()!)))
            .OrderBy(x => x.Item2, StringComparer.Ordinal).ThenBy(x => x.Item1, StringComparer.Ordinal)];

    [Fact]
    public async Task Json_lists_the_expected_alarm_transitions_for_an_incident_file()
    {
        var logs = Incident().WriteJsonl(Path.Combine(_dir.FullName, "incident.jsonl"));

        var run = await Cli.RunAsync("replay", logs, "--backtest", Template, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(
        [
            ($"llmwatch-latency-p95-warning-{Sonnet}", "2026-05-04T09:23:00Z", "ALARM"),
            ($"llmwatch-latency-p95-warning-{Sonnet}", "2026-05-04T09:33:00Z", "OK"),
            ($"llmwatch-error-rate-warning-{Nova}", "2026-05-04T09:41:00Z", "ALARM"),
            ($"llmwatch-error-rate-critical-{Nova}", "2026-05-04T09:42:00Z", "ALARM"),
            ($"llmwatch-error-rate-critical-{Nova}", "2026-05-04T09:49:00Z", "OK"),
            ($"llmwatch-error-rate-warning-{Nova}", "2026-05-04T09:50:00Z", "OK"),
        ], Fired(doc.RootElement));
        var latency = doc.RootElement.GetProperty("alarms").EnumerateArray()
            .First(a => a.GetProperty("name").GetString() == $"llmwatch-latency-p95-warning-{Sonnet}");
        Assert.Equal("LatencyMs", latency.GetProperty("metric").GetString());
        Assert.Equal(Sonnet, latency.GetProperty("dimensions").GetProperty("ModelId").GetString());
        var unpriced = doc.RootElement.GetProperty("alarms").EnumerateArray().First(a => a.GetProperty("name").GetString() == "llmwatch-unpriced-tokens");
        Assert.Equal(Priced(Sonnet) && Priced(Nova), unpriced.GetProperty("transitions").EnumerateArray().All(t => t.GetProperty("state").GetString() != "ALARM"));
    }

    [Fact]
    public async Task Quiet_file_raises_no_alarm()
    {
        var logs = new TrafficScenario().Model(Sonnet).Model(Nova).Minutes(60).WriteJsonl(Path.Combine(_dir.FullName, "quiet.jsonl"));

        var run = await Cli.RunAsync("replay", logs, "--backtest", Template, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.NotEmpty(doc.RootElement.GetProperty("alarms").EnumerateArray());
        Assert.Empty(Fired(doc.RootElement));
    }

    [Fact]
    public async Task Param_override_changes_the_threshold()
    {
        var logs = Incident().WriteJsonl(Path.Combine(_dir.FullName, "incident.jsonl"));

        // With a 4 s SLA the 4.9 s p95 is above the SLA itself: the critical alarm fires too.
        var run = await Cli.RunAsync("replay", logs, "--backtest", Template, "--param", "LatencySlaMs=4000", "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Contains(($"llmwatch-latency-p95-critical-{Sonnet}", "2026-05-04T09:23:00Z", "ALARM"), Fired(doc.RootElement));
        Assert.Contains("overridden: LatencySlaMs", doc.RootElement.GetProperty("alarmThresholds").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_output_prints_the_state_changes()
    {
        var logs = Incident().WriteJsonl(Path.Combine(_dir.FullName, "incident.jsonl"));

        var run = await Cli.RunAsync("replay", logs, "--backtest", Template);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"2026-05-04T09:23Z  ALARM             llmwatch-latency-p95-warning-{Sonnet} [WARNING]", run.Out, StringComparison.Ordinal);
        Assert.Contains("serverless.template parameter defaults", run.Out, StringComparison.Ordinal);
        Assert.Contains("not evaluated (quality scores come from the judge", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--param", "LatencySlaMs")]
    [InlineData("--param", "NoSuchThing=1x")]
    public async Task Bad_parameters_exit_2_with_a_message(string option, string value)
    {
        var logs = Incident().Minutes(5).WriteJsonl(Path.Combine(_dir.FullName, "small.jsonl"));

        var run = await Cli.RunAsync("replay", logs, "--backtest", Template, option, value);

        if (value.Contains('=', StringComparison.Ordinal))
        {
            Assert.Equal(0, run.ExitCode);   // an unknown parameter is harmless: nothing reads it
            return;
        }
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Key=Value", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_template_exits_2()
    {
        var logs = Incident().Minutes(5).WriteJsonl(Path.Combine(_dir.FullName, "small.jsonl"));

        var run = await Cli.RunAsync("replay", logs, "--backtest", Path.Combine(_dir.FullName, "nope.template"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("template not found", run.Error, StringComparison.Ordinal);
    }
}
