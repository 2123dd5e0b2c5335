using System.Text.Json;
using LlmWatch.Core.Paging;
using LlmWatch.Core.Paging.Chat;

namespace LlmWatch.Core.Tests.Paging.Chat;

public class ChatbotNotificationTests
{
    [Theory]
    [InlineData(PageKind.Alarm)]
    [InlineData(PageKind.Escalation)]
    [InlineData(PageKind.Resolved)]
    public void Every_page_kind_fits_the_documented_custom_notification_schema(PageKind kind)
    {
        var json = ChatbotNotification.Render(ChatPages.Request(kind: kind));
        Assert.Empty(ChatPages.ChatbotErrors(json));
    }

    [Fact]
    public void Card_shows_title_severity_scope_top_finding_and_links()
    {
        using var doc = JsonDocument.Parse(ChatbotNotification.Render(ChatPages.Request()));
        var root = doc.RootElement;
        Assert.Equal("1.0", root.GetProperty("version").GetString());
        Assert.Equal("custom", root.GetProperty("source").GetString());
        var content = root.GetProperty("content");
        Assert.Equal("client-markdown", content.GetProperty("textType").GetString());
        Assert.StartsWith(":warning: [WARNING] ALARM llm-latency-p95-warning", content.GetProperty("title").GetString());
        var description = content.GetProperty("description").GetString()!;
        Assert.Contains("*Severity:* WARNING   *Tier:* 0", description);
        Assert.Contains("*Scope:* model=us.anthropic.claude-sonnet-4-20250514-v1:0 caller=checkout-api (LatencyMs)", description);
        Assert.Contains("*What changed:* Latest value 3500 vs threshold 2000 (GreaterThanThreshold)", description);
        // a latency alarm leads with the slowest request
        Assert.Contains("*Top finding:* slowest request req-1 (checkout-api on m1): 9123 ms", description);
        Assert.Equal(
            ["Acknowledge: https://ack.example/ack?incident=aW5jaWRlbnQtMQ&token=dG9rZW4tZm9yLXRpZXItMA", "Alarm: https://console.example/alarm",
             "Logs Insights: https://console.example/insights", "Dashboard: https://console.example/dash", "Runbook: https://wiki.example.com/runbooks/latency"],
            content.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString()));
        var metadata = root.GetProperty("metadata");
        Assert.Equal(ChatPages.Incident, metadata.GetProperty("threadId").GetString());
        Assert.Equal("alarm", metadata.GetProperty("eventType").GetString());
    }

    [Fact]
    public void Error_alarm_leads_with_the_largest_error_group_and_escalation_and_resolution_share_the_thread()
    {
        var incident = ChatPages.SampleIncident();
        var alarm = ChatbotNotification.Render(ChatPages.Request(incident));
        var resolved = ChatbotNotification.Render(ChatPages.Request(incident, PageKind.Resolved));

        using var a = JsonDocument.Parse(alarm);
        using var r = JsonDocument.Parse(resolved);
        Assert.StartsWith(":rotating_light: [CRITICAL]", a.RootElement.GetProperty("content").GetProperty("title").GetString());
        Assert.Contains("*Top finding:* 7 × ThrottlingException on m1", a.RootElement.GetProperty("content").GetProperty("description").GetString());
        Assert.Equal(a.RootElement.GetProperty("metadata").GetProperty("threadId").GetString(), r.RootElement.GetProperty("metadata").GetProperty("threadId").GetString());
        Assert.NotEqual(a.RootElement.GetProperty("id").GetString(), r.RootElement.GetProperty("id").GetString());
        var resolvedContent = r.RootElement.GetProperty("content");
        Assert.StartsWith(":white_check_mark: [RESOLVED]", resolvedContent.GetProperty("title").GetString());
        Assert.Contains("*Paged tiers:* 0, 1", resolvedContent.GetProperty("description").GetString());
        Assert.DoesNotContain(resolvedContent.GetProperty("nextSteps").EnumerateArray(), s => s.GetString()!.StartsWith("Acknowledge", StringComparison.Ordinal));
    }

    [Fact]
    public void Oversized_alarm_fields_are_cut_to_the_card_limits()
    {
        var alarm = ChatPages.Latency with { AlarmName = new string('n', 2048), NewStateReason = new string('r', 85_000) };
        var json = ChatbotNotification.Render(ChatPages.Request(alarm));
        Assert.Empty(ChatPages.ChatbotErrors(json));
    }
}
