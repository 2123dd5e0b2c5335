using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LlmWatch.Core.Paging.Chat;

/// <summary>
/// A page as an AWS Chatbot (Amazon Q Developer in chat applications) custom notification, the SNS message format
/// Chatbot turns into a card in a Slack, Teams or Chime channel subscribed to the topic:
/// <c>{"version":"1.0","source":"custom","id",…,"content":{"textType":"client-markdown","title","description",
/// "nextSteps","keywords"},"metadata":{"threadId","summary","eventType","relatedResources","additionalContext"}}</c>.
/// The thread id is the incident id, so escalations and the resolution land in the first page's thread.
/// </summary>
public static class ChatbotNotification
{
    /// <summary>Kept under Slack's 3,000-character text limit, which Chatbot renders the description into.</summary>
    public const int MaxDescriptionLength = 3000;

    /// <summary>Our own bound: a card is read at a glance, and the page's JSON and email carry the rest.</summary>
    public const int MaxTitleLength = 250;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(PageRequest r)
    {
        var severity = SeverityClassifier.Classify(r.Alarm, r.Plan.Scope.MetricName);
        var label = SeverityClassifier.Label(severity);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("version", "1.0");
            w.WriteString("source", "custom");
            w.WriteString("id", $"{r.Alarm.DedupKey}|{r.Kind.ToString().ToLowerInvariant()}|{r.Tier}");
            w.WriteStartObject("content");
            w.WriteString("textType", "client-markdown");
            w.WriteString("title", ChatSummary.Cut($"{Emoji(r, severity)} {PageRenderer.Subject(r, severity)}", MaxTitleLength));
            w.WriteString("description", ChatSummary.Cut(Description(r, label), MaxDescriptionLength));
            w.WriteStartArray("nextSteps");
            foreach (var step in NextSteps(r))
                w.WriteStringValue(step);
            w.WriteEndArray();
            w.WriteStartArray("keywords");
            w.WriteStringValue(label);
            w.WriteStringValue($"tier {r.Tier}");
            if (r.Plan.Scope.ModelId is { } model)
                w.WriteStringValue(model);
            if (r.Plan.Scope.Caller is { } caller)
                w.WriteStringValue(caller);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("metadata");
            w.WriteString("threadId", r.IncidentId);
            w.WriteString("summary", PageRenderer.Subject(r, severity));
            w.WriteString("eventType", r.Kind.ToString().ToLowerInvariant());
            w.WriteStartArray("relatedResources");
            w.WriteStringValue(r.Alarm.AlarmArn);
            w.WriteEndArray();
            w.WriteStartObject("additionalContext");
            w.WriteString("incidentId", r.IncidentId);
            w.WriteString("tier", EmailBody.Int(r.Tier));
            w.WriteString("severity", severity.ToString().ToLowerInvariant());
            w.WriteString("dedupKey", r.Alarm.DedupKey);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Description(PageRequest r, string label)
    {
        var sb = new StringBuilder();
        sb.Append("*Severity:* ").Append(label).Append("   *Tier:* ").Append(r.Tier).Append('\n');
        sb.Append("*Scope:* ").Append(r.Plan.Scope.Describe());
        if (r.Plan.Scope.MetricName is { } metric)
            sb.Append(" (").Append(metric).Append(')');
        sb.Append('\n');
        sb.Append("*State:* ").Append(ChatSummary.StateLine(r)).Append('\n');
        if (r.Kind != PageKind.Resolved)
        {
            if (ChatSummary.ValueLine(r) is { } value)
                sb.Append("*What changed:* ").Append(value).Append('\n');
            if (ChatSummary.TopFinding(r) is { } finding)
                sb.Append("*Top finding:* ").Append(finding).Append('\n');
            var missing = r.Evidence.Missing(r.Plan.IsQuality);
            if (missing.Count > 0)
                sb.Append("*Missing evidence:* ").Append(string.Join(", ", missing.Select(m => m.Section))).Append('\n');
        }
        else if (r.PagedTiers is { Count: > 0 } tiers)
        {
            sb.Append("*Paged tiers:* ").Append(string.Join(", ", tiers)).Append('\n');
        }
        sb.Append("*Incident:* `").Append(r.IncidentId).Append('`');
        return sb.ToString();
    }

    private static IEnumerable<string> NextSteps(PageRequest r)
    {
        if (r.Kind != PageKind.Resolved && r.Links.AckUrl is { } ack)
            yield return $"Acknowledge: {ack}";
        yield return $"Alarm: {r.Links.AlarmUrl}";
        yield return $"Logs Insights: {r.Links.LogsInsightsUrl}";
        if (r.Links.DashboardUrl is { } dashboard)
            yield return $"Dashboard: {dashboard}";
        if (r.Links.RunbookUrl is { } runbook)
            yield return $"Runbook: {runbook}";
    }

    private static string Emoji(PageRequest r, Severity severity) => r.Kind == PageKind.Resolved
        ? ":white_check_mark:"
        : severity == Severity.Critical ? ":rotating_light:" : ":warning:";
}
