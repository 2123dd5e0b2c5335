using System.Text.Json;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Paging;
using LlmWatch.Core.Tests.OnCall.Notifications;
using LlmWatch.TestKit.OnCall;

namespace LlmWatch.Core.Tests.Paging;

public class PageRendererTests
{
    private static readonly AlarmNotification Latency = AlarmNotificationParser.Parse(AlarmJson.Single).Notification!;

    private static Evidence FullEvidence() => new(
        EvidenceSections.Complete<ErrorCountRow>([new(new DateTimeOffset(2026, 5, 4, 9, 15, 0, TimeSpan.Zero), "ThrottlingException", "m1", 4)]),
        EvidenceSections.Complete<SlowRequestRow>([new(null, "req-1", "m1", "checkout-api", 9123, 400, 300, "SECRET RESPONSE TEXT")]),
        EvidenceSections.Complete<CallerUsageRow>([new("checkout-api", 12, 34000, 1.25, 1000, 0.05, false)]),
        EvidenceSections.NotRun<JudgeScoreRow>("not a quality alarm"),
        EvidenceSections.Complete<MetricPoint>([.. Enumerable.Range(0, 6).Select(i => new MetricPoint(DateTimeOffset.UnixEpoch.AddMinutes(5 * i), 1000 + 500 * i))]));

    private static PageRequest Request(AlarmNotification alarm, Evidence evidence, bool includeText = false) => new(
        alarm, CorrelationPlanner.Plan(alarm, includeText), evidence, PageKind.Alarm, 0, "INC",
        new PageLinks("https://alarm", "https://insights", "https://dash", Latency.AlarmDescription is null ? null : "https://wiki.example.com/runbooks/latency",
            "https://ack.example/ack?incident=INC&token=T"), includeText);

    [Fact]
    public void Subject_is_short_ascii_with_severity_alarm_and_scope()
    {
        var page = PageRenderer.Render(Request(Latency, FullEvidence()));
        Assert.True(page.Subject.Length < 100);
        Assert.StartsWith("[WARNING] ALARM llm-latency-p95-warning", page.Subject);
        Assert.All(page.Subject, c => Assert.InRange(c, ' ', '~'));
    }

    [Fact]
    public void Long_names_are_truncated_below_one_hundred_chars()
    {
        var alarm = Latency with { AlarmName = new string('x', 150) + "-critical" };
        var subject = PageRenderer.Render(Request(alarm, FullEvidence())).Subject;
        Assert.Equal(99, subject.Length);
        Assert.EndsWith("...", subject);
    }

    [Fact]
    public void Email_shows_value_vs_threshold_sparkline_tables_and_links()
    {
        var email = PageRenderer.Render(Request(Latency, FullEvidence())).Email;
        Assert.Contains("Latest value 3500 vs threshold 2000 (GreaterThanThreshold, Average over 300 s", email);
        Assert.Contains("▁", email);
        Assert.Contains("█", email);
        Assert.Contains("ThrottlingException", email);
        Assert.Contains("req-1", email);
        Assert.Contains("34,000 (1,000)", email);
        Assert.Contains("Acknowledge:   https://ack.example/ack?incident=INC&token=T", email);
        Assert.Contains("Runbook:       https://wiki.example.com/runbooks/latency", email);
        Assert.Contains("Dashboard:     https://dash", email);
        Assert.DoesNotContain("Missing evidence", email);
    }

    [Fact]
    public void Response_text_stays_out_unless_opted_in()
    {
        var plain = PageRenderer.Render(Request(Latency, FullEvidence()));
        Assert.DoesNotContain("SECRET RESPONSE TEXT", plain.Email);
        Assert.DoesNotContain("SECRET RESPONSE TEXT", plain.Json);
        var opted = PageRenderer.Render(Request(Latency, FullEvidence(), includeText: true));
        Assert.Contains("SECRET RESPONSE TEXT", opted.Email);
    }

    [Fact]
    public void Missing_evidence_is_named_in_email_and_json()
    {
        var evidence = FullEvidence() with
        {
            Slowest = new EvidenceSection<SlowRequestRow>(EvidenceStatus.TimedOut, [], "still running at the page deadline"),
            TopCallers = new EvidenceSection<CallerUsageRow>(EvidenceStatus.Failed, [], "LimitExceededException"),
        };
        var page = PageRenderer.Render(Request(Latency, evidence));
        Assert.Contains("- slowest requests: timed out (still running at the page deadline)", page.Email);
        Assert.Contains("- top callers: failed (LimitExceededException)", page.Email);
        using var doc = JsonDocument.Parse(page.Json);
        Assert.Equal(["slowest requests", "top callers"],
            doc.RootElement.GetProperty("missingEvidence").EnumerateArray().Select(e => e.GetProperty("section").GetString()));
    }

    [Fact]
    public void Json_document_has_a_stable_dedup_key_and_the_message_structure_has_every_protocol()
    {
        var page = PageRenderer.Render(Request(Latency, FullEvidence()));
        using var doc = JsonDocument.Parse(page.Json);
        Assert.Equal(Latency.DedupKey, doc.RootElement.GetProperty("dedupKey").GetString());
        Assert.Equal("warning", doc.RootElement.GetProperty("severity").GetString());
        Assert.Equal(3500, doc.RootElement.GetProperty("alarm").GetProperty("latestValue").GetDouble());
        Assert.Equal("checkout-api", doc.RootElement.GetProperty("scope").GetProperty("caller").GetString());
        using var structure = JsonDocument.Parse(PageRenderer.ToMessageStructure(page));
        Assert.Equal(["default", "email", "sms", "https", "lambda"], structure.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(page.Json, structure.RootElement.GetProperty("https").GetString());
        Assert.Equal(PageRenderer.Render(Request(Latency, FullEvidence())).Json, page.Json);
    }

    [Fact]
    public void Sms_is_one_short_line_with_value_and_ack()
    {
        var sms = PageRenderer.Render(Request(Latency, FullEvidence())).Sms;
        Assert.DoesNotContain('\n', sms);
        Assert.StartsWith("WARNING llm-latency-p95-warning: 3500 vs 2000", sms);
        Assert.EndsWith("Ack: https://ack.example/ack?incident=INC&token=T", sms);
    }

    [Theory]
    [InlineData("checkout-api-errors", null, "Errors", Severity.Critical)]
    [InlineData("latency-p95", null, "LatencyMs", Severity.Warning)]
    [InlineData("latency-p95-critical", null, "LatencyMs", Severity.Critical)]
    [InlineData("errors", "Warning: errors over 1%", "Errors", Severity.Warning)]
    [InlineData("budget", "daily budget 90% (CRITICAL)", "CostUsd", Severity.Critical)]
    public void Severity_comes_from_a_token_or_the_metric(string name, string? description, string metric, Severity expected)
    {
        var alarm = Latency with { AlarmName = name, AlarmDescription = description };
        Assert.Equal(expected, SeverityClassifier.Classify(alarm, metric));
    }

    [Fact]
    public void Runbook_link_comes_from_the_description()
    {
        Assert.Equal("https://wiki.example.com/rb/42", ConsoleLinks.Runbook("High errors. Runbook: https://wiki.example.com/rb/42."));
        Assert.Null(ConsoleLinks.Runbook(null));
        Assert.Null(ConsoleLinks.Runbook("no link here"));
    }

    [Fact]
    public void Logs_insights_link_carries_query_window_and_group_in_console_encoding()
    {
        var url = ConsoleLinks.LogsInsights("us-east-1", ["/aws/bedrock/logs"], "fields @timestamp | limit 5",
            new DateTimeOffset(2026, 5, 4, 9, 6, 0, TimeSpan.Zero), new DateTimeOffset(2026, 5, 4, 9, 21, 0, TimeSpan.Zero));
        Assert.Equal("https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:logs-insights$3FqueryDetail$3D"
            + "~(end~'2026-05-04T09*3a21*3a00.000Z~start~'2026-05-04T09*3a06*3a00.000Z~timeType~'ABSOLUTE~tz~'UTC"
            + "~editorString~'fields*20*40timestamp*20*7c*20limit*205~source~(~'*2faws*2fbedrock*2flogs))", url);
    }

    [Fact]
    public void Sparkline_scales_between_min_and_max()
    {
        Assert.Equal("▁▅█", Sparkline.Render([0, 5, 10]));
        Assert.Equal("▁▁", Sparkline.Render([3, 3]));
        Assert.Equal("", Sparkline.Render([]));
    }

    [Fact]
    public void Sample_alarm_renders_with_region_from_arn()
    {
        var alarm = AlarmNotificationParser.Parse(OnCallHarness.SampleMessage("alarm-sns-event.json").Message).Notification!;
        var page = PageRenderer.Render(Request(alarm, FullEvidence()));
        Assert.StartsWith("[CRITICAL] ALARM checkout-api-errors - all traffic", page.Subject);
        Assert.Contains("Region:      us-east-1 (US East (N. Virginia)), account 123456789012", page.Email);
    }
}
