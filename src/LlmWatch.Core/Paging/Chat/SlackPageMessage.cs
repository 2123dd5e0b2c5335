using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LlmWatch.Core.Paging.Chat;

/// <summary>
/// A page as a Slack Block Kit message for an incoming webhook: a header with the subject, the severity, tier,
/// scope and state as fields, what changed and the top finding, missing evidence as context, then the
/// Acknowledge / Snooze 15m / 1h / 4h / Resolve buttons (see <see cref="SlackActions"/>) and link buttons.
/// Every text is cut to Block Kit's limits: header 150, section text 3,000, field 2,000, button text 75,
/// button value 2,000, URL 3,000; at most 50 blocks, 25 elements per actions block, 10 fields.
/// </summary>
public static class SlackPageMessage
{
    public const int MaxHeader = 150;
    public const int MaxSectionText = 3000;
    public const int MaxField = 2000;
    public const int MaxButtonText = 75;
    public const int MaxUrl = 3000;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="actionToken">The incident's ack token for this tier; the buttons carry it back to the ack function.</param>
    public static string Render(PageRequest r, string actionToken)
    {
        var severity = SeverityClassifier.Classify(r.Alarm, r.Plan.Scope.MetricName);
        var subject = PageRenderer.Subject(r, severity);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("text", subject); // notifications and clients without blocks
            w.WriteStartArray("blocks");
            Header(w, subject);
            Fields(w, r, severity);
            if (r.Kind != PageKind.Resolved)
            {
                Section(w, Details(r));
                if (r.Evidence.Missing(r.Plan.IsQuality) is { Count: > 0 } missing)
                    Context(w, "Missing evidence: " + string.Join(", ", missing.Select(m => $"{m.Section} ({Escape(m.Detail)})")));
                Actions(w, "llmwatch-actions", ActionButtons(r, actionToken));
            }
            Actions(w, "llmwatch-links", LinkButtons(r));
            Context(w, $"Incident `{r.IncidentId}` · tier {r.Tier}");
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Slack mrkdwn control characters, escaped as Slack documents.</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Details(PageRequest r)
    {
        var sb = new StringBuilder();
        if (ChatSummary.ValueLine(r) is { } value)
            sb.Append("*What changed*\n").Append(Escape(value)).Append('\n');
        sb.Append("*Reason*\n").Append(Escape(r.Alarm.NewStateReason)).Append('\n');
        if (ChatSummary.TopFinding(r) is { } finding)
            sb.Append("*Top finding*\n").Append(Escape(finding));
        return sb.ToString().TrimEnd();
    }

    private static void Fields(Utf8JsonWriter w, PageRequest r, Severity severity)
    {
        var scope = r.Plan.Scope.Describe() + (r.Plan.Scope.MetricName is { } m ? $" ({m})" : "");
        (string Name, string Value)[] fields =
        [
            ("Severity", SeverityClassifier.Label(severity)),
            ("Tier", r.Tier.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Scope", scope),
            ("State", ChatSummary.StateLine(r)),
        ];
        w.WriteStartObject();
        w.WriteString("type", "section");
        w.WriteStartArray("fields");
        foreach (var (name, value) in fields)
            Text(w, "mrkdwn", ChatSummary.Cut($"*{name}*\n{Escape(value)}", MaxField));
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static IEnumerable<Action<Utf8JsonWriter>> ActionButtons(PageRequest r, string token)
    {
        var value = SlackActions.Value(r.IncidentId, r.Tier, token);
        yield return w => Button(w, "Acknowledge", SlackActions.Acknowledge, value, "primary");
        foreach (var (label, _) in SlackActions.SnoozeChoices)
            yield return w => Button(w, "Snooze " + label, SlackActions.SnoozePrefix + label, value, null);
        yield return w => Button(w, "Resolve", SlackActions.Resolve, value, "danger", confirm: true);
    }

    private static IEnumerable<Action<Utf8JsonWriter>> LinkButtons(PageRequest r)
    {
        (string Label, string? Url)[] links =
        [
            ("Alarm", r.Links.AlarmUrl), ("Logs Insights", r.Links.LogsInsightsUrl),
            ("Dashboard", r.Links.DashboardUrl), ("Runbook", r.Links.RunbookUrl),
        ];
        // A link over Slack's URL limit is left out rather than cut into a broken link; the email has it whole.
        foreach (var (label, url) in links.Where(l => l.Url is { Length: > 0 and <= MaxUrl }))
        {
            yield return w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "button");
                Text(w, "plain_text", label, "text");
                w.WriteString("url", url);
                w.WriteString("action_id", SlackActions.Prefix + "link." + label.Replace(' ', '-').ToLowerInvariant());
                w.WriteEndObject();
            };
        }
    }

    private static void Button(Utf8JsonWriter w, string label, string actionId, string value, string? style, bool confirm = false)
    {
        w.WriteStartObject();
        w.WriteString("type", "button");
        Text(w, "plain_text", ChatSummary.Cut(label, MaxButtonText), "text");
        w.WriteString("action_id", actionId);
        w.WriteString("value", value);
        if (style is not null)
            w.WriteString("style", style);
        if (confirm)
        {
            w.WriteStartObject("confirm");
            Text(w, "plain_text", "Resolve this incident?", "title");
            Text(w, "mrkdwn", "Escalation stops and every paged tier is told it is resolved.", "text");
            Text(w, "plain_text", "Resolve", "confirm");
            Text(w, "plain_text", "Cancel", "deny");
            w.WriteString("style", "danger");
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void Header(Utf8JsonWriter w, string subject)
    {
        w.WriteStartObject();
        w.WriteString("type", "header");
        Text(w, "plain_text", ChatSummary.Cut(subject, MaxHeader), "text");
        w.WriteEndObject();
    }

    private static void Section(Utf8JsonWriter w, string mrkdwn)
    {
        w.WriteStartObject();
        w.WriteString("type", "section");
        Text(w, "mrkdwn", ChatSummary.Cut(mrkdwn, MaxSectionText), "text");
        w.WriteEndObject();
    }

    private static void Context(Utf8JsonWriter w, string mrkdwn)
    {
        w.WriteStartObject();
        w.WriteString("type", "context");
        w.WriteStartArray("elements");
        Text(w, "mrkdwn", ChatSummary.Cut(mrkdwn, MaxSectionText));
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Actions(Utf8JsonWriter w, string blockId, IEnumerable<Action<Utf8JsonWriter>> elements)
    {
        w.WriteStartObject();
        w.WriteString("type", "actions");
        w.WriteString("block_id", blockId);
        w.WriteStartArray("elements");
        foreach (var element in elements)
            element(w);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A text object, as a property when <paramref name="property"/> is given, else as an array item.</summary>
    private static void Text(Utf8JsonWriter w, string type, string text, string? property = null)
    {
        if (property is null)
            w.WriteStartObject();
        else
            w.WriteStartObject(property);
        w.WriteString("type", type);
        w.WriteString("text", text);
        if (type == "plain_text")
            w.WriteBoolean("emoji", true);
        w.WriteEndObject();
    }
}
