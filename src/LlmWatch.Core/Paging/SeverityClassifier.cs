using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall.Notifications;

namespace LlmWatch.Core.Paging;

/// <summary>Severity from a <c>critical</c>/<c>warning</c> token in the alarm name or description, else a default by metric.</summary>
public static class SeverityClassifier
{
    private static readonly char[] Separators = [' ', '-', '_', '.', ':', '/', '(', ')', '[', ']', ',', ';'];

    public static Severity Classify(AlarmNotification alarm, string? metricName)
    {
        foreach (var text in new[] { alarm.AlarmName, alarm.AlarmDescription })
        {
            if (string.IsNullOrEmpty(text))
                continue;
            foreach (var token in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.Equals("critical", StringComparison.OrdinalIgnoreCase) || token.Equals("crit", StringComparison.OrdinalIgnoreCase)
                    || token.Equals("sev1", StringComparison.OrdinalIgnoreCase) || token.Equals("p1", StringComparison.OrdinalIgnoreCase))
                    return Severity.Critical;
                if (token.Equals("warning", StringComparison.OrdinalIgnoreCase) || token.Equals("warn", StringComparison.OrdinalIgnoreCase)
                    || token.Equals("sev2", StringComparison.OrdinalIgnoreCase) || token.Equals("p2", StringComparison.OrdinalIgnoreCase))
                    return Severity.Warning;
                if (token.Equals("info", StringComparison.OrdinalIgnoreCase))
                    return Severity.Info;
            }
        }
        return ByMetric(alarm.Kind, metricName);
    }

    /// <summary>Errors and composite alarms page as critical; latency, cost, tokens and quality as warnings.</summary>
    public static Severity ByMetric(AlarmKind kind, string? metricName)
    {
        if (kind == AlarmKind.Composite)
            return Severity.Critical;
        var m = metricName ?? "";
        if (m.Contains("Error", StringComparison.OrdinalIgnoreCase) || m.Contains("Throttl", StringComparison.OrdinalIgnoreCase)
            || m.Contains("Fault", StringComparison.OrdinalIgnoreCase))
            return Severity.Critical;
        return Severity.Warning;
    }

    public static string Label(Severity severity) => severity switch
    {
        Severity.Critical => "CRITICAL",
        Severity.Warning => "WARNING",
        _ => "INFO",
    };
}
