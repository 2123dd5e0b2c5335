using System.Text.Json;
using LlmWatch.Core.Paging;
using LlmWatch.Core.Paging.Chat;

namespace LlmWatch.Core.Tests.Paging.Chat;

public class SlackPageMessageTests
{
    [Theory]
    [InlineData(PageKind.Alarm)]
    [InlineData(PageKind.Escalation)]
    [InlineData(PageKind.Resolved)]
    public void Every_page_kind_fits_block_kit(PageKind kind)
    {
        var json = SlackPageMessage.Render(ChatPages.Request(kind: kind), ChatPages.Token);
        Assert.Empty(ChatPages.BlockKitErrors(json));
        AssertUniqueActionIds(json);
    }

    [Fact]
    public void Buttons_acknowledge_snooze_and_resolve_carry_the_incident_tier_and_token()
    {
        using var doc = JsonDocument.Parse(SlackPageMessage.Render(ChatPages.Request(kind: PageKind.Escalation), ChatPages.Token));
        var actions = doc.RootElement.GetProperty("blocks").EnumerateArray().Single(b => b.TryGetProperty("block_id", out var id) && id.GetString() == "llmwatch-actions");
        var buttons = actions.GetProperty("elements").EnumerateArray().ToList();

        Assert.Equal(["Acknowledge", "Snooze 15m", "Snooze 1h", "Snooze 4h", "Resolve"], buttons.Select(b => b.GetProperty("text").GetProperty("text").GetString()));
        Assert.Equal("primary", buttons[0].GetProperty("style").GetString());
        Assert.Equal("danger", buttons[^1].GetProperty("style").GetString());
        Assert.True(buttons[^1].TryGetProperty("confirm", out _));
        var decoded = buttons.Select(b =>
        {
            Assert.True(SlackActions.TryParse(b.GetProperty("action_id").GetString()!, b.GetProperty("value").GetString()!, out var request));
            return request;
        }).ToList();
        Assert.Equal([SlackAction.Acknowledge, SlackAction.Snooze, SlackAction.Snooze, SlackAction.Snooze, SlackAction.Resolve], decoded.Select(d => d.Action));
        Assert.Equal([null, TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(4), null], decoded.Select(d => d.SnoozeFor));
        Assert.All(decoded, d => Assert.Equal((ChatPages.Incident, 1, ChatPages.Token), (d.IncidentId, d.Tier, d.Token)));
    }

    [Fact]
    public void Header_fields_and_details_say_what_broke()
    {
        var json = SlackPageMessage.Render(ChatPages.Request(ChatPages.SampleIncident()), ChatPages.Token);
        using var doc = JsonDocument.Parse(json);
        var blocks = doc.RootElement.GetProperty("blocks").EnumerateArray().ToList();

        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.StartsWith("[CRITICAL] ALARM llmwatch-error-rate-critical", blocks[0].GetProperty("text").GetProperty("text").GetString());
        var fields = blocks[1].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()).ToList();
        Assert.Equal("*Severity*\nCRITICAL", fields[0]);
        Assert.StartsWith("*State*\nOK -&gt; ALARM at 2026-05-04 09:42:17 UTC", fields[3]); // Slack shows the escaped &gt; as >
        var details = blocks[2].GetProperty("text").GetProperty("text").GetString()!;
        Assert.Contains("*Top finding*\n7 × ThrottlingException on m1", details);
        Assert.Equal(doc.RootElement.GetProperty("text").GetString(), blocks[0].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public void Resolved_page_has_no_action_buttons_only_links()
    {
        using var doc = JsonDocument.Parse(SlackPageMessage.Render(ChatPages.Request(kind: PageKind.Resolved), ChatPages.Token));
        var blockIds = doc.RootElement.GetProperty("blocks").EnumerateArray()
            .Where(b => b.TryGetProperty("block_id", out _)).Select(b => b.GetProperty("block_id").GetString()).ToList();
        Assert.Equal(["llmwatch-links"], blockIds);
        Assert.DoesNotContain(ChatPages.Token, doc.RootElement.GetRawText());
    }

    [Fact]
    public void Oversized_fields_and_urls_stay_within_block_kit_limits_and_mrkdwn_is_escaped()
    {
        var alarm = ChatPages.Latency with { AlarmName = new string('n', 2048), NewStateReason = "<!channel> & " + new string('r', 85_000) };
        var longUrl = "https://console.example/insights?q=" + new string('q', 3100);

        var json = SlackPageMessage.Render(ChatPages.Request(alarm, logsUrl: longUrl), ChatPages.Token);

        Assert.Empty(ChatPages.BlockKitErrors(json));
        Assert.DoesNotContain("<!channel>", json);
        Assert.Contains("&lt;!channel&gt; &amp;", json);
        Assert.DoesNotContain("Logs Insights", json); // a link too long for Slack is left out, not broken
    }

    [Fact]
    public void The_schema_check_catches_what_slack_would_reject()
    {
        // the same message with a header over 150 characters and 51 blocks
        using var doc = JsonDocument.Parse(SlackPageMessage.Render(ChatPages.Request(), ChatPages.Token));
        var blocks = doc.RootElement.GetProperty("blocks").EnumerateArray().Select(b => b.GetRawText()).ToList();
        var longHeader = $$$"""{"type":"header","text":{"type":"plain_text","text":"{{{new string('h', 151)}}}"}}""";
        Assert.NotEmpty(ChatPages.BlockKitErrors($$"""{"text":"t","blocks":[{{longHeader}}]}"""));
        Assert.NotEmpty(ChatPages.BlockKitErrors($$"""{"text":"t","blocks":[{{string.Join(',', Enumerable.Repeat(blocks[^1], 51))}}]}"""));
        Assert.Empty(ChatPages.BlockKitErrors($$"""{"text":"t","blocks":[{{string.Join(',', Enumerable.Repeat(blocks[^1], 50))}}]}"""));
    }

    [Theory]
    [InlineData("llmwatch.snooze.2h", "v1.0.inc.tok")]
    [InlineData("llmwatch.ack", "v2.0.inc.tok")]
    [InlineData("llmwatch.ack", "v1.x.inc.tok")]
    [InlineData("llmwatch.ack", "v1.0..tok")]
    [InlineData("llmwatch.ack", "v1.0.inc")]
    [InlineData("other.ack", "v1.0.inc.tok")]
    public void Unknown_actions_and_malformed_values_are_refused(string actionId, string value) =>
        Assert.False(SlackActions.TryParse(actionId, value, out _));

    private static void AssertUniqueActionIds(string json)
    {
        using var doc = JsonDocument.Parse(json);
        foreach (var block in doc.RootElement.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions"))
        {
            var ids = block.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("action_id").GetString()).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }
}
