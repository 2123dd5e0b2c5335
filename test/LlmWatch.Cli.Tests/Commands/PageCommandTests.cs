using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.TestKit;
using LlmWatch.TestKit.OnCall;

namespace LlmWatch.Cli.Tests.Commands;

/// <summary><c>llmwatch page</c> against the sample incident (events/alarm-sns-event-incident.json + events/incident-invocation-logs.jsonl).</summary>
public class PageCommandTests : IDisposable
{
    private const string Sonnet = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    private static readonly string AlarmEvent = RepoFiles.Event("alarm-sns-event-incident.json");
    private static readonly string IncidentLog = RepoFiles.Event("incident-invocation-logs.jsonl");
    private static readonly DateTimeOffset WindowStart = new(2026, 5, 4, 9, 28, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowEnd = new(2026, 5, 4, 9, 43, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("llmwatch-page-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Email_has_the_subject_the_value_against_the_threshold_and_the_evidence()
    {
        var run = await Cli.RunAsync("page", AlarmEvent, "--logs", IncidentLog);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Equal($"[CRITICAL] ALARM llmwatch-error-rate-critical-{Sonnet}", lines[0]);
        // The last 5-minute datapoint of 100 * errors / invocations for the model, counted straight from the log.
        var last = Records().Where(r => r.Model == Sonnet && r.At >= WindowEnd.AddMinutes(-5) && r.At < WindowEnd).ToList();
        var rate = 100.0 * last.Count(r => r.Error is not null) / last.Count;
        Assert.Contains($"  Latest value {rate.ToString("0.####", CultureInfo.InvariantCulture)} vs threshold 5 (GreaterThanThreshold", run.Out);
        Assert.Contains("Errors by code and model per minute (09:28-09:43 UTC)", run.Out);
        var slowest = Records().Where(InWindow).Where(r => r.Latency is not null).MaxBy(r => r.Latency)!;
        Assert.Matches($@"\n  {slowest.RequestId}  {Regex.Escape(Sonnet)}  chat-frontend  {slowest.Latency}\s", run.Out);
        Assert.Contains("Top callers by tokens (09:28-09:43 UTC, previous window in brackets)", run.Out);
        Assert.DoesNotContain("Missing evidence", run.Out);
        Assert.Contains("token=OFFLINE-PREVIEW", run.Out);
        Assert.Contains("516 invocation records from 1 file(s), 0 malformed skipped", run.Error);
    }

    [Fact]
    public async Task Json_evidence_rows_match_an_independent_count_of_the_log()
    {
        using var doc = JsonDocument.Parse((await Cli.RunAsync("page", AlarmEvent, "--logs", IncidentLog, "--json")).Out);
        var evidence = doc.RootElement.GetProperty("evidence");
        var inWindow = Records().Where(InWindow).ToList();

        var expectedErrors = inWindow.Where(r => r.Error is not null)
            .GroupBy(r => (Minute: r.At.AddSeconds(-r.At.Second), r.Error))
            .Select(g => $"{g.Key.Minute:HH:mm} {g.Key.Error} {g.Count()}")
            .Order(StringComparer.Ordinal).ToList();
        var errors = evidence.GetProperty("errorsByCode").EnumerateArray()
            .Select(e => $"{e.GetProperty("minute").GetDateTimeOffset():HH:mm} {e.GetProperty("errorCode").GetString()} {e.GetProperty("count").GetInt64()}")
            .ToList();
        Assert.Equal(expectedErrors, errors.Order(StringComparer.Ordinal));
        Assert.Equal(errors.Select(e => e[..5]).OrderDescending(StringComparer.Ordinal), errors.Select(e => e[..5])); // newest minute first
        Assert.Equal(
            inWindow.Where(r => r.Latency is not null).OrderByDescending(r => r.Latency).Take(10).Select(r => r.RequestId),
            evidence.GetProperty("slowestRequests").EnumerateArray().Select(e => e.GetProperty("requestId").GetString()));
        var chat = evidence.GetProperty("topCallers")[0];
        Assert.Equal("chat-frontend", chat.GetProperty("caller").GetString());
        Assert.Equal(inWindow.Where(r => r.Caller == "chat-frontend").Sum(r => r.Tokens), chat.GetProperty("tokens").GetInt64());
        Assert.Equal(
            Records().Where(r => r.Model == Sonnet && r.Caller == "chat-frontend" && r.At >= WindowStart.AddMinutes(-15) && r.At < WindowStart).Sum(r => r.Tokens),
            chat.GetProperty("previousTokens").GetInt64());
        Assert.Equal(20, evidence.GetProperty("history").GetArrayLength());
        Assert.Empty(doc.RootElement.GetProperty("missingEvidence").EnumerateArray());
    }

    [Fact]
    public async Task Json_document_has_the_shape_and_dedup_key_the_alarm_function_publishes()
    {
        var run = await Cli.RunAsync("page", AlarmEvent, "--logs", IncidentLog, "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Out.TrimEnd('\n').Split('\n'));

        var harness = new OnCallHarness(new DateTimeOffset(2026, 5, 4, 9, 42, 18, TimeSpan.Zero));
        await harness.Intake.HandleAsync(OnCallHarness.SampleMessage("alarm-sns-event-incident.json"), TestContext.Current.CancellationToken);
        using var lambda = JsonDocument.Parse(Assert.Single(harness.Publisher.Pages).Body("https"));
        using var offline = JsonDocument.Parse(run.Out);

        Assert.Equal(lambda.RootElement.GetProperty("dedupKey").GetString(), offline.RootElement.GetProperty("dedupKey").GetString());
        Assert.Equal(lambda.RootElement.GetProperty("incidentId").GetString(), offline.RootElement.GetProperty("incidentId").GetString());
        Assert.Equal(lambda.RootElement.GetProperty("subject").GetString(), offline.RootElement.GetProperty("subject").GetString());
        Assert.Equal(Names(lambda.RootElement), Names(offline.RootElement));
        Assert.Equal(Names(lambda.RootElement.GetProperty("evidence")), Names(offline.RootElement.GetProperty("evidence")));
        Assert.Equal(
            $"arn:aws:cloudwatch:us-east-1:444455556666:alarm:llmwatch-error-rate-critical-{Sonnet}|2026-05-04T09:42:17.512+0000|ALARM",
            offline.RootElement.GetProperty("dedupKey").GetString());
    }

    [Fact]
    public async Task Sms_is_one_line_that_fits_a_text_message_before_the_ack_link()
    {
        var run = await Cli.RunAsync("page", AlarmEvent, "--logs", IncidentLog, "--format", "sms");

        var sms = Assert.Single(run.Out.TrimEnd('\n').Split('\n'));
        var beforeAck = sms[..sms.IndexOf(" Ack: ", StringComparison.Ordinal)];
        // The alarm name already names the model, so the scope is not repeated.
        Assert.Equal($"CRITICAL llmwatch-error-rate-critical-{Sonnet}: 41.3793 vs 5", beforeAck);
        Assert.True(beforeAck.Length <= 160, beforeAck);
    }

    [Fact]
    public async Task A_bare_alarm_notification_renders_the_same_page_as_its_sns_event()
    {
        var bare = Write("notification.json", OnCallHarness.SampleMessage("alarm-sns-event-incident.json").Message);

        var fromEvent = await Cli.RunAsync("page", AlarmEvent, "--logs", IncidentLog);
        var fromBare = await Cli.RunAsync("page", bare, "--logs", IncidentLog);

        Assert.Equal(0, fromBare.ExitCode);
        Assert.Equal(fromEvent.Out, fromBare.Out);
    }

    [Theory]
    [InlineData("alarm-sns-event.json", "AWS/Lambda/Errors is not computed from local logs")]
    [InlineData("alarm-sns-event-metric-math.json", "AWS/Lambda/Errors is not computed from local logs")]
    [InlineData("alarm-sns-event-composite.json", "composite alarm has no single metric")]
    public async Task Sample_alarms_on_other_namespaces_page_with_the_history_reported_missing(string eventFile, string detail)
    {
        var run = await Cli.RunAsync("page", RepoFiles.Event(eventFile), "--logs", RepoFiles.Event("bedrock-invocation-logs.jsonl"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var alarm = AlarmNotificationParser.Parse(OnCallHarness.SampleMessage(eventFile).Message).Notification!;
        Assert.Equal(alarm.DedupKey, doc.RootElement.GetProperty("dedupKey").GetString());
        var missing = Assert.Single(doc.RootElement.GetProperty("missingEvidence").EnumerateArray());
        Assert.Equal("metric history", missing.GetProperty("section").GetString());
        Assert.Contains(detail, missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // The sample log is from another day: the window's tables are complete and empty.
        Assert.Empty(doc.RootElement.GetProperty("evidence").GetProperty("errorsByCode").EnumerateArray());
    }

    [Fact]
    public async Task Malformed_log_lines_are_counted_and_skipped_and_the_rest_is_used()
    {
        var lines = File.ReadAllLines(IncidentLog).ToList();
        lines.Insert(10, "not json at all");
        lines.Insert(200, lines[199][..40]);
        var log = Write("incident-with-garbage.jsonl", string.Join('\n', lines) + "\n");

        var clean = await Cli.RunAsync("page", AlarmEvent, "--logs", IncidentLog, "--json");
        var run = await Cli.RunAsync("page", AlarmEvent, "--logs", log, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("516 invocation records from 1 file(s), 2 malformed skipped", run.Error);
        Assert.Contains("incident-with-garbage.jsonl:11", run.Error);
        Assert.Equal(clean.Out, run.Out);
    }

    [Fact]
    public async Task Without_logs_every_evidence_section_is_reported_missing()
    {
        var run = await Cli.RunAsync("page", AlarmEvent);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Missing evidence\n  - metric history: not available (no invocation logs given (--logs))", run.Out);
        Assert.Contains("  - top callers: not available (no invocation logs given (--logs))", run.Out);
    }

    [Fact]
    public async Task Later_tiers_get_the_escalation_page_and_ok_gets_the_resolved_page()
    {
        var escalation = await Cli.RunAsync("page", AlarmEvent, "--logs", IncidentLog, "--tier", "2");
        var ok = Write("ok.json", OnCallHarness.SampleMessage("alarm-sns-event-incident.json").Message
            .Replace("\"NewStateValue\":\"ALARM\"", "\"NewStateValue\":\"OK\"", StringComparison.Ordinal));
        var resolved = await Cli.RunAsync("page", ok, "--logs", IncidentLog);

        Assert.StartsWith($"[CRITICAL][tier 2] ALARM llmwatch-error-rate-critical-{Sonnet}", escalation.Out);
        Assert.Contains("ESCALATED to tier 2: not acknowledged 30 min after the first page.", escalation.Out);
        Assert.Equal(0, resolved.ExitCode);
        Assert.StartsWith("[RESOLVED] OK llmwatch-error-rate-critical-", resolved.Out);
        Assert.DoesNotContain("Acknowledge:", resolved.Out);
        Assert.DoesNotContain("placeholder", resolved.Error);
    }

    [Fact]
    public async Task Insufficient_data_is_not_paged_and_exits_1()
    {
        var file = Write("insufficient.json", OnCallHarness.SampleMessage("alarm-sns-event-incident.json").Message
            .Replace("\"NewStateValue\":\"ALARM\"", "\"NewStateValue\":\"INSUFFICIENT_DATA\"", StringComparison.Ordinal));

        var run = await Cli.RunAsync("page", file, "--logs", IncidentLog);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("is INSUFFICIENT_DATA, which the alarm function does not page", run.Error);
    }

    [Fact]
    public async Task Unreadable_alarm_file_exits_2_naming_it()
    {
        var missing = Path.Combine(_dir.FullName, "no-such-alarm.json");

        var run = await Cli.RunAsync("page", missing, "--logs", IncidentLog);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"llmwatch page: {missing}: cannot read", run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("{\"Records\": [", "not JSON")]
    [InlineData("[1, 2]", "not an alarm notification: expected a JSON object")]
    [InlineData("{\"hello\": \"world\"}", "not a CloudWatch alarm notification (missing AlarmName)")]
    [InlineData("{\"Records\": [{\"Sns\": {\"Message\": \"hi\"}}]}", "not a CloudWatch alarm notification (the SNS Message is not JSON)")]
    [InlineData("{\"Records\": []}", "not an alarm notification: no Records[].Sns.Message")]
    [InlineData("{\"AlarmName\":\"a\",\"NewStateValue\":\"ALARM\",\"StateChangeTime\":\"yesterday\"}", "not a CloudWatch alarm notification (bad StateChangeTime 'yesterday')")]
    public async Task Input_that_is_not_an_alarm_notification_exits_2_naming_the_file(string content, string message)
    {
        var file = Write("bad-alarm.json", content);

        var run = await Cli.RunAsync("page", file, "--logs", IncidentLog);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"llmwatch page: {file}: {message}", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task A_missing_log_path_exits_2_naming_it()
    {
        var missing = Path.Combine(_dir.FullName, "no-such-logs");

        var run = await Cli.RunAsync("page", AlarmEvent, "--logs", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{missing}: no such file or directory", run.Error);
    }

    private static bool InWindow(LogRecord r) => r.Model == Sonnet && r.At >= WindowStart && r.At < WindowEnd;

    private static List<string> Names(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static IEnumerable<LogRecord> Records() => File.ReadLines(IncidentLog).Select(line =>
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        var input = r.GetProperty("input");
        var output = r.TryGetProperty("output", out var o) ? o : default;
        long Count(JsonElement section, string name) => section.ValueKind == JsonValueKind.Object && section.TryGetProperty(name, out var v) ? v.GetInt64() : 0;
        var arn = r.GetProperty("identity").GetProperty("arn").GetString()!;
        return new LogRecord(
            DateTimeOffset.Parse(r.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture),
            r.GetProperty("modelId").GetString()!, arn.Split('/')[1], r.GetProperty("requestId").GetString()!,
            r.TryGetProperty("errorCode", out var e) ? e.GetString() : null,
            output.ValueKind == JsonValueKind.Object ? output.GetProperty("outputBodyJson").GetProperty("metrics").GetProperty("latencyMs").GetInt64() : null,
            Count(input, "inputTokenCount") + Count(output, "outputTokenCount"));
    });

    private sealed record LogRecord(DateTimeOffset At, string Model, string Caller, string RequestId, string? Error, long? Latency, long Tokens);
}
