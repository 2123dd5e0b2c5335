using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LlmWatch.Core.Paging;

/// <summary>CloudWatch console deep links, and the runbook URL from an alarm description.</summary>
public static partial class ConsoleLinks
{
    public static string Alarm(string region, string alarmName) =>
        $"{Home(region)}#alarmsV2:alarm/{Uri.EscapeDataString(alarmName)}";

    public static string Dashboard(string region, string dashboardName) =>
        $"{Home(region)}#dashboards/dashboard/{Uri.EscapeDataString(dashboardName)}";

    /// <summary>Logs Insights with the query, log groups and absolute window filled in (console's JSURL-in-fragment encoding).</summary>
    public static string LogsInsights(string region, IReadOnlyList<string> logGroups, string query, DateTimeOffset start, DateTimeOffset end)
    {
        var sb = new StringBuilder("~(end~'").Append(Jsurl(Iso(end))).Append("~start~'").Append(Jsurl(Iso(start)))
            .Append("~timeType~'ABSOLUTE~tz~'UTC~editorString~'").Append(Jsurl(query)).Append("~source~(");
        foreach (var g in logGroups)
            sb.Append("~'").Append(Jsurl(g));
        sb.Append("))");
        // encodeURIComponent of "?queryDetail=" with '%' turned into '$', as the console writes it.
        return $"{Home(region)}#logsV2:logs-insights$3FqueryDetail$3D{sb}";
    }

    /// <summary>The first <c>Runbook: https://…</c> in the description, if any.</summary>
    public static string? Runbook(string? description)
    {
        if (string.IsNullOrEmpty(description))
            return null;
        var m = RunbookPattern().Match(description);
        return m.Success ? m.Groups["url"].Value.TrimEnd('.', ',', ';', ')') : null;
    }

    private static string Home(string region) =>
        $"https://{region}.console.aws.amazon.com/cloudwatch/home?region={region}";

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>JSURL string escaping: letters, digits and <c>-_.</c> stay; others become <c>*hh</c> or <c>**hhhh</c>.</summary>
    private static string Jsurl(string s)
    {
        var sb = new StringBuilder(s.Length * 2);
        foreach (var c in s)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
                sb.Append(c);
            else if (c < 0x100)
                sb.Append('*').Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else
                sb.Append("**").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"Runbook:\s*(?<url>https://\S+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunbookPattern();
}
