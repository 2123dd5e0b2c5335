using System.Globalization;
using System.Text;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;

namespace LlmWatch.Core.Paging;

/// <summary>The plain-text email: what changed, the sparkline, evidence tables, missing evidence, links.</summary>
internal static class EmailBody
{
    public static string Render(PageRequest r, Severity severity)
    {
        var a = r.Alarm;
        var plan = r.Plan;
        var sb = new StringBuilder(4096);
        sb.Append(PageRenderer.Subject(r, severity)).Append("\n\n");
        switch (r.Kind)
        {
            case PageKind.Escalation:
                sb.Append("ESCALATED to tier ").Append(Int(r.Tier)).Append(": not acknowledged ")
                  .Append(Int((int)(r.SinceFirstPage ?? TimeSpan.Zero).TotalMinutes)).Append(" min after the first page.\n\n");
                break;
            case PageKind.Resolved:
                sb.Append("RESOLVED: the alarm returned to OK at ").Append(PageRenderer.Time(r.ResolvedAt ?? a.StateChangeTime))
                  .Append(". Paged tiers: ").Append(string.Join(", ", (r.PagedTiers ?? []).Select(Int))).Append(".\n\n");
                break;
        }
        sb.Append("Alarm:       ").Append(a.AlarmName).Append('\n');
        sb.Append("Severity:    ").Append(SeverityClassifier.Label(severity)).Append('\n');
        sb.Append("Scope:       ").Append(plan.Scope.Describe());
        if (plan.Scope.MetricName is not null)
            sb.Append(" (metric ").Append(plan.Scope.MetricName).Append(plan.Scope.Namespace is null ? "" : " in " + plan.Scope.Namespace).Append(')');
        sb.Append('\n');
        sb.Append("State:       ").Append(PageRenderer.States(a)).Append(" at ").Append(PageRenderer.Time(a.StateChangeTime)).Append('\n');
        sb.Append("Region:      ").Append(a.RegionCode).Append(a.RegionName.Length > 0 ? $" ({a.RegionName})" : "")
          .Append(", account ").Append(a.AccountId).Append('\n');
        if (!string.IsNullOrEmpty(a.AlarmDescription))
            sb.Append("Description: ").Append(a.AlarmDescription).Append('\n');
        if (r.Kind != PageKind.Resolved)
        {
            WhatChanged(sb, r);
            EvidenceTables.Append(sb, r);
        }
        sb.Append("\nLinks\n");
        if (r.Links.AckUrl is not null && r.Kind != PageKind.Resolved)
            sb.Append("  Acknowledge:   ").Append(r.Links.AckUrl).Append('\n');
        sb.Append("  Alarm:         ").Append(r.Links.AlarmUrl).Append('\n');
        sb.Append("  Logs Insights: ").Append(r.Links.LogsInsightsUrl).Append('\n');
        if (r.Links.DashboardUrl is not null)
            sb.Append("  Dashboard:     ").Append(r.Links.DashboardUrl).Append('\n');
        if (r.Links.RunbookUrl is not null)
            sb.Append("  Runbook:       ").Append(r.Links.RunbookUrl).Append('\n');
        sb.Append("\nIncident ").Append(r.IncidentId).Append(" | tier ").Append(Int(r.Tier))
          .Append(" | key ").Append(a.DedupKey).Append('\n');
        return sb.ToString();
    }

    private static void WhatChanged(StringBuilder sb, PageRequest r)
    {
        var a = r.Alarm;
        var t = a.Trigger;
        sb.Append("\nWhat changed\n");
        if (t is not null)
        {
            sb.Append("  ");
            sb.Append(PageRenderer.Latest(r) is { } latest ? "Latest value " + PageRenderer.Number(latest) : "Latest value unknown");
            if (t.Threshold is { } th)
                sb.Append(" vs threshold ").Append(PageRenderer.Number(th));
            else if (t.ThresholdMetricId is not null)
                sb.Append(" vs anomaly band ").Append(t.ThresholdMetricId);
            sb.Append(" (").Append(t.ComparisonOperator);
            if (t.Statistic is not null)
                sb.Append(", ").Append(t.Statistic);
            sb.Append(" over ").Append(Int(t.Period)).Append(" s, ").Append(Int(t.DatapointsToAlarm)).Append(" of ")
              .Append(Int(t.EvaluationPeriods)).Append(" datapoints, missing data: ").Append(t.TreatMissingData).Append(")\n");
        }
        if (a.AlarmRule is not null)
        {
            sb.Append("  Rule: ").Append(a.AlarmRule).Append('\n');
            foreach (var child in a.TriggeringChildren)
                sb.Append("  Triggered by: ").Append(AlarmArns.NameOf(child.Arn)).Append(' ').Append(AlarmStates.ToWire(child.State)).Append('\n');
        }
        sb.Append("  Reason: ").Append(a.NewStateReason).Append('\n');
        var history = r.Evidence.History;
        if (history.IsComplete && history.Rows.Count > 0)
        {
            var values = history.Rows.Select(p => p.Value).ToList();
            sb.Append("  History ").Append(PageRenderer.Time(history.Rows[0].Timestamp)).Append(" .. now: ")
              .Append(Sparkline.Render(values)).Append("  min ").Append(PageRenderer.Number(values.Min()))
              .Append(" max ").Append(PageRenderer.Number(values.Max())).Append(" last ").Append(PageRenderer.Number(values[^1])).Append('\n');
        }
    }

    internal static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
