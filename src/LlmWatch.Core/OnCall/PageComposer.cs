using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Ack;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Paging;

namespace LlmWatch.Core.OnCall;

/// <summary>Builds the page for an incident and tier: links (alarm, Logs Insights, dashboard, runbook, ack) plus rendering.</summary>
public sealed class PageComposer(OnCallOptions options, AckTokens? tokens)
{
    public Page Compose(AlarmNotification alarm, CorrelationPlan plan, Evidence evidence, PageKind kind, int tier, Incident incident,
        DateTimeOffset now)
    {
        var request = new PageRequest(alarm, plan, evidence, kind, tier, incident.Id, Links(alarm, plan, incident.Id, tier),
            options.IncludeText, now - incident.OpenedAt, incident.PagedTiers, incident.ResolvedAt ?? now);
        return PageRenderer.Render(request);
    }

    public PageLinks Links(AlarmNotification alarm, CorrelationPlan plan, string incidentId, int tier)
    {
        var region = alarm.RegionCode;
        var query = MainQuery(plan);
        var groups = query.Source == LogSource.JudgeLogs && options.JudgeLogGroup is not null
            ? [options.JudgeLogGroup]
            : options.InvocationLogGroups;
        return new PageLinks(
            ConsoleLinks.Alarm(region, alarm.AlarmName),
            ConsoleLinks.LogsInsights(region, groups, query.Render(), query.Window.Start, query.Window.End),
            string.IsNullOrEmpty(options.DashboardName) ? null : ConsoleLinks.Dashboard(region, options.DashboardName),
            ConsoleLinks.Runbook(alarm.AlarmDescription),
            AckUrl(incidentId, tier));
    }

    public string? AckUrl(string incidentId, int tier)
    {
        if (tokens is null || string.IsNullOrEmpty(options.AckBaseUrl))
            return null;
        var baseUrl = options.AckBaseUrl.TrimEnd('/');
        return $"{baseUrl}/ack?incident={incidentId}&token={tokens.Create(incidentId, tier)}";
    }

    /// <summary>The query the Logs Insights link opens: the one closest to what the alarm measures.</summary>
    private static ICorrelationQuery MainQuery(CorrelationPlan plan)
    {
        var metric = plan.Scope.MetricName ?? "";
        EvidenceKind kind = plan.IsQuality ? EvidenceKind.LowJudgeScores
            : metric.Contains("Latency", StringComparison.OrdinalIgnoreCase) ? EvidenceKind.SlowestRequests
            : metric.Contains("Cost", StringComparison.OrdinalIgnoreCase) || metric.Contains("Token", StringComparison.OrdinalIgnoreCase) ? EvidenceKind.TopCallers
            : EvidenceKind.ErrorsByCode;
        return plan.Queries.FirstOrDefault(q => q.Kind == kind) ?? plan.Queries[0];
    }
}
