using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Paging;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Cli.Commands;

/// <summary>
/// Builds the page the alarm function would send for a notification, with the evidence computed from local
/// records instead of Logs Insights and GetMetricData. Rendering, links and the dedup key are the function's own.
/// </summary>
internal sealed class OfflinePager(PriceBook prices, PageOptions options)
{
    private readonly OnCallOptions _onCall = new(
        [], EscalationPolicy.Default, options.AckUrl, options.DashboardName, options.IncludeText, options.LogGroups, options.JudgeLogGroup);

    /// <summary>The page, or null for a state the alarm function does not page (INSUFFICIENT_DATA).</summary>
    /// <param name="records">Null when no logs were given: every evidence section is then reported missing.</param>
    public Page? Render(AlarmNotification alarm, IReadOnlyList<InvocationRecord>? records)
    {
        var kind = alarm.NewState switch
        {
            AlarmState.Alarm => options.Tier == 0 ? PageKind.Alarm : PageKind.Escalation,
            AlarmState.Ok => PageKind.Resolved,
            _ => (PageKind?)null,
        };
        if (kind is not { } pageKind)
            return null;
        var plan = CorrelationPlanner.Plan(alarm, options.IncludeText);
        var evidence = pageKind == PageKind.Resolved ? Evidence.None("resolved")
            : records is null ? Evidence.None("no invocation logs given (--logs)")
            : new OfflineEvidence(prices, options.Namespace).Compute(plan, alarm.Trigger, records);
        var incidentId = IncidentIds.Create(alarm.AlarmArn, alarm.StateChangeTimeText);
        var links = new PageComposer(_onCall, tokens: null).Links(alarm, plan, incidentId, options.Tier) with
        {
            AckUrl = $"{options.AckUrl.TrimEnd('/')}/ack?incident={incidentId}&token={PageOptions.PlaceholderToken}",
        };
        if (options.Runbook is not null)
            links = links with { RunbookUrl = options.Runbook };
        var sinceFirstPage = options.Tier < EscalationPolicy.Default.TierCount ? EscalationPolicy.Default.TierDelays[options.Tier] : TimeSpan.Zero;
        var request = new PageRequest(alarm, plan, evidence, pageKind, options.Tier, incidentId, links, options.IncludeText,
            sinceFirstPage, pageKind == PageKind.Resolved ? [.. Enumerable.Range(0, options.Tier + 1)] : [], alarm.StateChangeTime);
        return PageRenderer.Render(request);
    }
}
