using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LlmWatch.Core.Correlation;
using LlmWatch.TestKit.Aws;
using LlmWatch.TestKit.OnCall;
using Microsoft.Extensions.Time.Testing;

namespace LlmWatch.Functions.Tests.OnCall;

/// <summary>alarm → escalate → ack against moto_server (SigV4 checked) with a fake Logs Insights and a fake clock.</summary>
public class OnCallHandlersTests(MotoServer moto) : IClassFixture<MotoServer>
{
    private static readonly DateTimeOffset Received = new(2025, 3, 4, 10, 15, 43, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FakeQueryRunner Queries() => new FakeQueryRunner()
        .Returns(EvidenceKind.ErrorsByCode, new Dictionary<string, string>
        { ["minute"] = "2025-03-04 10:14:00.000", ["errorCode"] = "ThrottlingException", ["modelId"] = "us.anthropic.claude-sonnet-4-20250514-v1:0", ["errors"] = "9" });

    private async Task<(OnCallStack Stack, FakeTimeProvider Time)> FiredAsync()
    {
        var time = new FakeTimeProvider(Received);
        var stack = await OnCallStack.CreateAsync(moto, time, Queries());
        var response = await stack.Alarm.HandleAsync(stack.AlarmEvent(), OnCallStack.Context(), Ct);
        Assert.Equal("{\"outcomes\":[\"Paged\"]}", Encoding.UTF8.GetString(response));
        return (stack, time);
    }

    [Fact]
    public async Task Alarm_pages_tier_zero_at_once_with_evidence_and_an_ack_link()
    {
        var (stack, _) = await FiredAsync();
        using var _ = stack;

        var (subject, page) = Assert.Single(await stack.DrainTierAsync(0));
        Assert.StartsWith($"[CRITICAL] ALARM {stack.AlarmName}", subject);
        Assert.Equal($"{stack.AlarmArn}|2025-03-04T10:15:42.587+0000|ALARM", page.GetProperty("dedupKey").GetString());
        Assert.Equal("ThrottlingException", page.GetProperty("evidence").GetProperty("errorsByCode")[0].GetProperty("errorCode").GetString());
        Assert.StartsWith("https://ack.lambda-url.us-east-1.on.aws/ack?incident=", page.GetProperty("links").GetProperty("ack").GetString());
        Assert.Empty(await stack.DrainTierAsync(1));
        Assert.Equal([TimeSpan.FromSeconds(900)], stack.Scheduler!.Delays);
    }

    [Fact]
    public async Task Without_ack_tiers_one_to_three_are_paged_on_schedule_then_ok_resolves_every_tier()
    {
        var (stack, time) = await FiredAsync();
        using var _ = stack;
        await stack.DrainTierAsync(0);

        foreach (var (tier, minutes) in new[] { (1, 15), (2, 30), (3, 60) })
        {
            var target = Received.AddMinutes(minutes);
            while (await stack.NextDueAsync() is { } due && due < target)
            {
                time.SetUtcNow(due);
                Assert.Equal("{\"batchItemFailures\":[]}", await stack.DeliverDueEscalationsAsync());
            }
            Assert.Empty(await stack.DrainTierAsync(tier)); // not before its time
            Assert.Equal(target, await stack.NextDueAsync());
            time.SetUtcNow(target);
            await stack.DeliverDueEscalationsAsync();
            var (subject, page) = Assert.Single(await stack.DrainTierAsync(tier));
            Assert.StartsWith($"[CRITICAL][tier {tier}] ALARM", subject);
            Assert.Equal(tier, page.GetProperty("tier").GetInt32());
            Assert.Equal("escalation", page.GetProperty("kind").GetString());
        }
        // 0→15, 15→30, then 30→60 in two hops of 900 s: SQS delays never exceed 900 s.
        Assert.Equal(Enumerable.Repeat(TimeSpan.FromSeconds(900), 4), stack.Scheduler!.Delays);
        Assert.Null(await stack.NextDueAsync());

        await stack.Aws.SetAlarmStateAsync(stack.AlarmName, "OK", Ct);
        var okResponse = await stack.Alarm.HandleAsync(stack.AlarmEvent("ok-message", ok: true), OnCallStack.Context(), Ct);
        Assert.Equal("{\"outcomes\":[\"Resolved\"]}", Encoding.UTF8.GetString(okResponse));
        for (var tier = 0; tier < 4; tier++)
        {
            var (subject, page) = Assert.Single(await stack.DrainTierAsync(tier));
            Assert.StartsWith($"[RESOLVED] OK {stack.AlarmName}", subject);
            Assert.Equal(JsonValueKind.Null, page.GetProperty("links").GetProperty("ack").ValueKind);
        }
    }

    [Fact]
    public async Task Ack_link_stops_escalation_and_a_replay_is_forbidden()
    {
        var (stack, time) = await FiredAsync();
        using var _ = stack;
        var ackUrl = Assert.Single(await stack.DrainTierAsync(0)).Page.GetProperty("links").GetProperty("ack").GetString()!;

        var first = JsonDocument.Parse(await stack.Ack.HandleAsync(OnCallStack.AckEvent(ackUrl, "alice@example.com"), OnCallStack.Context(), Ct)).RootElement;
        Assert.Equal(200, first.GetProperty("statusCode").GetInt32());
        Assert.Contains("acknowledged by alice@example.com", first.GetProperty("body").GetString());
        var replay = JsonDocument.Parse(await stack.Ack.HandleAsync(OnCallStack.AckEvent(ackUrl), OnCallStack.Context(), Ct)).RootElement;
        Assert.Equal(403, replay.GetProperty("statusCode").GetInt32());
        var forged = JsonDocument.Parse(await stack.Ack.HandleAsync(
            OnCallStack.AckEvent(ackUrl.Replace("token=", "token=x", StringComparison.Ordinal)), OnCallStack.Context(), Ct)).RootElement;
        Assert.Equal(403, forged.GetProperty("statusCode").GetInt32());

        while (await stack.NextDueAsync() is { } due)
        {
            time.SetUtcNow(due);
            await stack.DeliverDueEscalationsAsync();
        }
        for (var tier = 1; tier < 4; tier++)
            Assert.Empty(await stack.DrainTierAsync(tier));
        Assert.Contains(stack.Lines.Lines, l => l.Contains("\"event\":\"escalate.stopped\"", StringComparison.Ordinal)
            && l.Contains("acknowledged by alice@example.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Duplicate_sns_delivery_makes_one_incident_and_one_page()
    {
        var (stack, time) = await FiredAsync();
        using var _ = stack;
        time.Advance(TimeSpan.FromSeconds(5));
        var again = await stack.Alarm.HandleAsync(stack.AlarmEvent("redelivered-id"), OnCallStack.Context(), Ct);

        Assert.Equal("{\"outcomes\":[\"Duplicate\"]}", Encoding.UTF8.GetString(again));
        Assert.Single(await stack.DrainTierAsync(0));
        Assert.Single(stack.Scheduler!.Delays);
    }

    [Fact]
    public async Task Hanging_queries_still_page_within_three_seconds_and_say_what_is_missing()
    {
        using var stack = await OnCallStack.CreateAsync(moto, TimeProvider.System, new FakeQueryRunner().HangsForever(), budgetMs: 1500);
        var clock = Stopwatch.StartNew();
        await stack.Alarm.HandleAsync(stack.AlarmEvent(), OnCallStack.Context(), Ct);
        var pagedAfter = clock.Elapsed;

        Assert.InRange(pagedAfter, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(3));
        var page = Assert.Single(await stack.DrainTierAsync(0)).Page;
        var missing = page.GetProperty("missingEvidence").EnumerateArray().Select(m => (m.GetProperty("section").GetString(), m.GetProperty("status").GetString()));
        Assert.Contains(("errors by code", "timed out"), missing);
        Assert.Contains(("slowest requests", "timed out"), missing);
    }

    [Fact]
    public async Task Malformed_message_is_logged_with_its_message_id_and_answered_normally()
    {
        using var stack = await OnCallStack.CreateAsync(moto, new FakeTimeProvider(Received), Queries());
        var evt = Encoding.UTF8.GetBytes("""{"Records":[{"EventSource":"aws:sns","Sns":{"MessageId":"bad-1","TopicArn":"arn:aws:sns:us-east-1:123456789012:x","Message":"this is not an alarm"}}]}""");

        var response = await stack.Alarm.HandleAsync(evt, OnCallStack.Context(), Ct);

        Assert.Equal("{\"outcomes\":[\"Malformed\"]}", Encoding.UTF8.GetString(response));
        var line = Assert.Single(stack.Lines.Lines, l => l.Contains("alarm.malformed", StringComparison.Ordinal));
        Assert.Contains("\"messageId\":\"bad-1\"", line);
        Assert.Empty(await stack.DrainTierAsync(0));
    }

    [Fact]
    public async Task Escalate_reports_only_failed_messages_and_drops_unreadable_ones()
    {
        var (stack, _) = await FiredAsync();
        using var _ = stack;
        var evt = Encoding.UTF8.GetBytes("""
            {"Records":[{"messageId":"junk","body":"not json"},
                        {"messageId":"gone","body":"{\"incidentId\":\"YXJuOmF3czpjbG91ZHdhdGNoOnVzLWVhc3QtMToxOmFsYXJtOmF8eA\",\"tier\":1,\"dueAt\":\"2025-03-04T10:30:43+00:00\"}"}]}
            """);
        var response = await stack.Escalate.HandleAsync(evt, OnCallStack.Context(), Ct);
        Assert.Equal("{\"batchItemFailures\":[]}", Encoding.UTF8.GetString(response));
        Assert.Contains(stack.Lines.Lines, l => l.Contains("escalate.malformed", StringComparison.Ordinal) && l.Contains("junk", StringComparison.Ordinal));
        Assert.Contains(stack.Lines.Lines, l => l.Contains("incident not found", StringComparison.Ordinal));
    }
}
