using System.Text.Json;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Ports;
using LlmWatch.TestKit.OnCall;

namespace LlmWatch.Core.Tests.OnCall;

public class AlarmIntakeTests
{
    [Fact]
    public async Task Alarm_pages_tier_zero_at_once_and_schedules_tier_one()
    {
        var h = new OnCallHarness(AlarmMessages.Received, new FakeQueryRunner()
            .Returns(EvidenceKind.ErrorsByCode, new Dictionary<string, string> { ["minute"] = "2025-03-04 10:14:00.000", ["errorCode"] = "ThrottlingException", ["modelId"] = "m", ["errors"] = "9" }));

        Assert.Equal(IntakeOutcome.Paged, await h.Intake.HandleAsync(AlarmMessages.Alarm, TestContext.Current.CancellationToken));

        var page = Assert.Single(h.Publisher.Pages);
        Assert.Equal(OnCallHarness.Topics[0], page.TopicArn);
        Assert.Equal(AlarmMessages.Received, page.At);
        Assert.Contains("ThrottlingException", page.Body("email"));
        var incident = Assert.Single(h.Store.All);
        Assert.Equal([0], incident.PagedTiers);
        var scheduled = Assert.Single(h.Scheduler.Scheduled);
        Assert.Equal((1, TimeSpan.FromSeconds(900)), (scheduled.Check.Tier, scheduled.Delay));
        Assert.Equal(4, h.Queries.Received.Count);
    }

    [Fact]
    public async Task Duplicate_delivery_makes_one_incident_and_one_page()
    {
        var h = new OnCallHarness(AlarmMessages.Received);
        await h.Intake.HandleAsync(AlarmMessages.Alarm, TestContext.Current.CancellationToken);
        h.Time.Advance(TimeSpan.FromSeconds(20));
        var second = await h.Intake.HandleAsync(AlarmMessages.Alarm with { MessageId = "redelivered" }, TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Duplicate, second);
        Assert.Single(h.Publisher.Pages);
        Assert.Single(h.Store.All);
        Assert.Single(h.Scheduler.Scheduled);
    }

    [Fact]
    public async Task Hanging_queries_do_not_hold_the_page_past_the_budget()
    {
        var h = new OnCallHarness(AlarmMessages.Received, new FakeQueryRunner().HangsForever(), new FakeMetricHistoryReader([]) { Hang = true });
        var handling = h.Intake.HandleAsync(AlarmMessages.Alarm, TestContext.Current.CancellationToken);
        Assert.False(handling.IsCompleted);
        Assert.Empty(h.Publisher.Pages);

        h.Time.Advance(h.Options.EnrichmentBudget);
        Assert.Equal(IntakeOutcome.Paged, await handling);

        var page = Assert.Single(h.Publisher.Pages);
        Assert.Equal(AlarmMessages.Received + h.Options.EnrichmentBudget, page.At);
        var email = page.Body("email");
        Assert.Contains("Missing evidence", email);
        Assert.Contains("- errors by code: timed out", email);
        Assert.Contains("- metric history: timed out", email);
        using var doc = JsonDocument.Parse(page.Body("https"));
        Assert.Equal(4, doc.RootElement.GetProperty("missingEvidence").GetArrayLength());
    }

    [Fact]
    public async Task Failing_query_is_reported_and_the_rest_is_kept()
    {
        var h = new OnCallHarness(AlarmMessages.Received, new FakeQueryRunner()
            .Fails(EvidenceKind.SlowestRequests, "LimitExceededException: too many queries")
            .Returns(EvidenceKind.TopCallers, new Dictionary<string, string> { ["caller"] = "checkout-api", ["modelId"] = "m", ["requests"] = "2", ["inputTokens"] = "10" }));
        await h.Intake.HandleAsync(AlarmMessages.Alarm, TestContext.Current.CancellationToken);
        var email = Assert.Single(h.Publisher.Pages).Body("email");
        Assert.Contains("- slowest requests: failed (LimitExceededException: too many queries)", email);
        Assert.Contains("checkout-api", email);
    }

    [Fact]
    public async Task Malformed_message_is_logged_with_its_message_id_and_not_thrown()
    {
        var h = new OnCallHarness(AlarmMessages.Received);
        var outcome = await h.Intake.HandleAsync(new SnsMessage("mid-42", "arn:topic", null, "hello, not an alarm", ""), TestContext.Current.CancellationToken);
        Assert.Equal(IntakeOutcome.Malformed, outcome);
        var (level, name, fields) = Assert.Single(h.Log.Events);
        Assert.Equal((LogLevel.Warn, "alarm.malformed", "mid-42", "NotJson"), (level, name, fields["messageId"], fields["error"]));
        Assert.Empty(h.Publisher.Pages);
    }

    [Fact]
    public async Task Ok_resolves_and_tells_every_paged_tier()
    {
        var h = new OnCallHarness(AlarmMessages.Received);
        h.Alarms.Set("checkout-api-errors", AlarmState.Alarm);
        await h.Intake.HandleAsync(AlarmMessages.Alarm, TestContext.Current.CancellationToken);
        await h.RunEscalationsUntilAsync(AlarmMessages.Received.AddMinutes(31));
        Assert.Equal(3, h.Publisher.Pages.Count);

        Assert.Equal(IntakeOutcome.Resolved, await h.Intake.HandleAsync(AlarmMessages.Ok(), TestContext.Current.CancellationToken));
        var resolved = h.Publisher.Pages.Skip(3).ToList();
        Assert.Equal(OnCallHarness.Topics.Take(3), resolved.Select(p => p.TopicArn));
        Assert.All(resolved, p => Assert.StartsWith("[RESOLVED] OK checkout-api-errors", p.Subject));
        Assert.Equal(IncidentStatus.Resolved, Assert.Single(h.Store.All).Status);

        // The pending tier-3 check stops; a re-delivered OK changes nothing.
        await h.RunEscalationsUntilAsync(AlarmMessages.Received.AddMinutes(120));
        Assert.Equal(IntakeOutcome.NoOpenIncident, await h.Intake.HandleAsync(AlarmMessages.Ok(), TestContext.Current.CancellationToken));
        Assert.Equal(6, h.Publisher.Pages.Count);
    }

    [Fact]
    public async Task Insufficient_data_is_ignored()
    {
        var h = new OnCallHarness(AlarmMessages.Received);
        var message = AlarmMessages.Alarm with { Message = AlarmMessages.Alarm.Message.Replace("\"NewStateValue\":\"ALARM\"", "\"NewStateValue\":\"INSUFFICIENT_DATA\"") };
        Assert.Equal(IntakeOutcome.Ignored, await h.Intake.HandleAsync(message, TestContext.Current.CancellationToken));
        Assert.Empty(h.Store.All);
    }
}
