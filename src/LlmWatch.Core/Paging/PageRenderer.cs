using System.Globalization;
using System.Text;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall.Notifications;

namespace LlmWatch.Core.Paging;

/// <summary>Renders a page for every SNS protocol: subject (&lt;100 ASCII chars), email, SMS and JSON.</summary>
public static class PageRenderer
{
    public const int MaxSubjectLength = 99;

    public static Page Render(PageRequest request)
    {
        var severity = SeverityClassifier.Classify(request.Alarm, request.Plan.Scope.MetricName);
        return new Page(
            Subject(request, severity),
            EmailBody.Render(request, severity),
            Sms(request, severity),
            PageJson.Write(request, severity),
            request.Alarm.DedupKey);
    }

    /// <summary>The SNS <c>Message</c> for <c>MessageStructure=json</c>: default (JSON), email, sms, https, lambda.</summary>
    public static string ToMessageStructure(Page page)
    {
        using var buffer = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("default", page.Json);
            w.WriteString("email", page.Email);
            w.WriteString("sms", page.Sms);
            w.WriteString("https", page.Json);
            w.WriteString("lambda", page.Json);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Subject(PageRequest request, Severity severity)
    {
        var a = request.Alarm;
        var prefix = request.Kind switch
        {
            PageKind.Resolved => "[RESOLVED] OK",
            PageKind.Escalation => $"[{SeverityClassifier.Label(severity)}][tier {request.Tier}] ALARM",
            _ => $"[{SeverityClassifier.Label(severity)}] ALARM",
        };
        var scope = request.Plan.Scope.Describe();
        var text = $"{prefix} {a.AlarmName} - {scope}";
        if (text.Length > MaxSubjectLength)
            text = $"{prefix} {a.AlarmName}";
        return Ascii(text, MaxSubjectLength);
    }

    public static string Sms(PageRequest request, Severity severity)
    {
        var a = request.Alarm;
        var sb = new StringBuilder();
        if (request.Kind == PageKind.Resolved)
            sb.Append("RESOLVED ").Append(a.AlarmName).Append(" is OK");
        else
        {
            sb.Append(SeverityClassifier.Label(severity)).Append(' ').Append(a.AlarmName);
            if (request.Kind == PageKind.Escalation)
                sb.Append(" (tier ").Append(request.Tier.ToString(CultureInfo.InvariantCulture)).Append(')');
            if (Latest(request) is { } v && a.Trigger?.Threshold is { } th)
                sb.Append(": ").Append(Number(v)).Append(" vs ").Append(Number(th));
            var scope = request.Plan.Scope;
            // SMS is paid per 160-character segment: skip the scope when the alarm name already carries it.
            if ((scope.ModelId is not null && !a.AlarmName.Contains(scope.ModelId, StringComparison.Ordinal)) || scope.Caller is not null)
                sb.Append(' ').Append(scope.Describe());
            if (request.Links.AckUrl is not null)
                sb.Append(" Ack: ").Append(request.Links.AckUrl);
        }
        return sb.ToString();
    }

    /// <summary>The last datapoint of the metric history, when it was fetched.</summary>
    public static double? Latest(PageRequest request) =>
        request.Evidence.History.IsComplete && request.Evidence.History.Rows.Count > 0
            ? request.Evidence.History.Rows[^1].Value
            : null;

    public static string Number(double v) =>
        Math.Abs(v) >= 100 || v == Math.Floor(v)
            ? v.ToString("0.##", CultureInfo.InvariantCulture)
            : v.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Ascii(string s, int max)
    {
        var sb = new StringBuilder(Math.Min(s.Length, max));
        foreach (var c in s)
        {
            if (sb.Length == max)
                break;
            sb.Append(c is >= ' ' and <= '~' ? c : '?');
        }
        if (s.Length > max)
            sb.Length = max - 3;
        if (s.Length > max)
            sb.Append("...");
        return sb.ToString();
    }

    internal static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    internal static string States(AlarmNotification a) => $"{AlarmStates.ToWire(a.OldState)} -> {AlarmStates.ToWire(a.NewState)}";
}
