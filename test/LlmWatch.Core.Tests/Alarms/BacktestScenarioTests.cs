using System.Text;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Alarms.Evaluation;
using LlmWatch.Core.Records;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Alarms;

public class BacktestScenarioTests
{
    private const string Sonnet = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    private const string Nova = "amazon.nova-lite-v1:0";

    internal static BacktestParameters Defaults() =>
        new(AlarmParameters.All.ToDictionary(p => p.Name, p => p.Default));

    internal static MetricSeriesSet Series(IEnumerable<string> lines)
    {
        var parser = new InvocationRecordParser();
        var builder = new MetricSeriesBuilder((InvocationRecord _, out double usd) => { usd = 0.001; return true; });
        foreach (var line in lines)
        {
            Assert.True(parser.TryParse(Encoding.UTF8.GetBytes(line), out var record, out _));
            builder.Add(record);
        }
        return builder.Series;
    }

    private static BacktestResult Run(TrafficScenario scenario) =>
        AlarmBacktest.Run(AlarmCatalog.Create(), Series(scenario.Lines()), Defaults(), "llmwatch");

    /// <summary>Transitions of the alarms that fired, from their first ALARM on, as (name, minute from start, state).</summary>
    private static List<(string Alarm, int Minute, string State)> Changes(BacktestResult result) =>
        [.. result.Alarms.Where(a => a.Transitions.Any(t => t.State == AlarmState.Alarm))
            .SelectMany(a => a.Transitions.SkipWhile(t => t.State != AlarmState.Alarm)
                .Select(t => (a.Name, (int)(t.Time - TrafficScenario.DefaultStart).TotalMinutes, AlarmStates.ToWire(t.State))))
            .OrderBy(c => c.Item2).ThenBy(c => c.Item1, StringComparer.Ordinal)];

    [Fact]
    public void Quiet_traffic_raises_no_alarm()
    {
        var result = Run(new TrafficScenario().Model(Sonnet).Model(Nova).Minutes(90));

        Assert.NotEmpty(result.Alarms);
        Assert.DoesNotContain(result.Alarms, a => a.Transitions.Any(t => t.State == AlarmState.Alarm));
        // Every evaluated alarm settles in OK from the first evaluation on.
        Assert.All(result.Alarms, a => Assert.Equal(AlarmState.Ok, a.Transitions[0].State));
    }

    [Fact]
    public void Latency_incident_and_error_burst_raise_exactly_the_expected_alarms_at_the_expected_minutes()
    {
        var scenario = new TrafficScenario().Model(Sonnet).Model(Nova).Minutes(60)
            .LatencyIncident(Sonnet, 20, 30, 4500)           // p95 ~4905 ms: 98% of the 5 s SLA -> warning, not critical
            .ErrorBurst(Nova, 40, 45, failures: 3);            // 3 of 20 calls a minute fail: 15% -> warning and critical

        var changes = Changes(Run(scenario));

        Assert.Equal(
        [
            ($"llmwatch-latency-p95-warning-{Sonnet}", 23, "ALARM"),   // third breaching minute of 5 (minutes 20, 21, 22)
            ($"llmwatch-latency-p95-warning-{Sonnet}", 33, "OK"),      // only minutes 28, 29 left in the last 5
            ($"llmwatch-error-rate-warning-{Nova}", 41, "ALARM"),      // trailing 5 min: 3 of 100 = 3% > 1%
            ($"llmwatch-error-rate-critical-{Nova}", 42, "ALARM"),     // 6 of 100 = 6% > 5%
            ($"llmwatch-error-rate-critical-{Nova}", 49, "OK"),        // 3 of 100 again
            ($"llmwatch-error-rate-warning-{Nova}", 50, "OK"),
        ], changes);
    }

    [Fact]
    public void Latency_and_errors_together_trip_the_composite()
    {
        var scenario = new TrafficScenario().Model(Sonnet).Minutes(40)
            .LatencyIncident(Sonnet, 10, 20, 4500)
            .ErrorBurst(Sonnet, 10, 20, failures: 1);

        var result = Run(scenario);

        var composite = result.Alarms.Single(a => a.Key == "LatencyAndErrors");
        var alarm = Assert.Single(composite.Transitions, t => t.State == AlarmState.Alarm);
        // Both children are in ALARM from minute 13 (latency: 3 of 5 breaching; error rate: 2% from minute 12).
        Assert.Equal(TrafficScenario.DefaultStart.AddMinutes(13), alarm.Time);
    }

    [Fact]
    public void Access_denied_pages_in_the_minute_after_it_happens()
    {
        var scenario = new TrafficScenario().Model(Sonnet).Minutes(20).ErrorBurst(Sonnet, 7, 8, failures: 1, code: "AccessDeniedException");

        var result = Run(scenario);

        var denied = result.Alarms.Single(a => a.Key == "AccessDenied");
        Assert.Equal(TrafficScenario.DefaultStart.AddMinutes(8), denied.Transitions.Single(t => t.State == AlarmState.Alarm).Time);
    }

    [Fact]
    public void Alarms_the_logs_cannot_feed_are_reported_as_skipped()
    {
        var result = Run(new TrafficScenario().Model(Sonnet).Minutes(10));

        Assert.Contains(result.Skipped, s => s.Name.Contains("quality-safety-low", StringComparison.Ordinal));
        Assert.Contains(result.Skipped, s => s.Name.Contains("bedrock-invocation-throttles", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Alarms, a => a.Key == "QualitySafety");
        Assert.Contains(result.Alarms, a => a.Key == "TokenAnomaly" && a.Note is not null);
    }
}
