using System.Globalization;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Paging;
using LlmWatch.Core.Ports;

namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>The escalate handler's logic: re-check the alarm and the incident, then page the next tier, wait another hop, or stop.</summary>
public sealed class EscalationRunner(
    IIncidentStore store, IAlarmStateReader alarms, INotificationPublisher publisher, IEscalationScheduler scheduler,
    PageComposer composer, OnCallOptions options, TimeProvider time, IEventLog log)
{
    public async Task<EscalationDecision> HandleAsync(EscalationCheck check, CancellationToken cancellationToken)
    {
        if (!IncidentIds.TryParse(check.IncidentId, out var arn, out var changed))
            return Stop(check, EscalationDecision.Stop("bad incident id"));
        var incident = await store.GetAsync(arn, changed, cancellationToken);
        var alarm = incident is null ? null : AlarmNotificationParser.Parse(incident.AlarmMessage).Notification;
        var state = incident?.Status == IncidentStatus.Open && alarm is not null
            ? await alarms.GetStateAsync(alarm.AlarmName, cancellationToken)
            : AlarmState.Unknown;
        var now = time.GetUtcNow();
        var decision = options.Policy.Decide(incident, state, check, now);
        if (decision.Action == EscalationAction.PageTier && check.Tier >= options.TierCount)
            decision = EscalationDecision.Stop("no topic for tier");

        switch (decision.Action)
        {
            case EscalationAction.Reschedule:
                await scheduler.ScheduleAsync(check, decision.Delay, cancellationToken);
                log.Info("escalate.rescheduled", ("incident", check.IncidentId), ("tier", Tier(check.Tier)),
                    ("delaySeconds", ((int)decision.Delay.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
                return decision;
            case EscalationAction.PageTier:
                await PageAsync(incident!, alarm!, check.Tier, now, cancellationToken);
                return decision;
            default:
                return Stop(check, decision);
        }
    }

    private async Task PageAsync(Incident incident, AlarmNotification alarm, int tier, DateTimeOffset now, CancellationToken ct)
    {
        var plan = CorrelationPlanner.Plan(alarm, options.IncludeText);
        var page = composer.Compose(alarm, plan, EvidenceJson.Deserialize(incident.EvidenceJson), PageKind.Escalation, tier, incident, now);
        // Publish before recording: a failure here retries the message; a lost update at worst pages this tier twice.
        await publisher.PublishAsync(options.TierTopicArns[tier], page.Subject, PageRenderer.ToMessageStructure(page), ct);
        var recorded = await store.UpdateAsync(incident.AlarmArn, incident.StateChangeTime, current => current with
        {
            PagedTiers = [.. current.PagedTiers.Append(tier).Distinct().Order()],
            LastPagedAt = now,
        }, ct);
        if (recorded.Applied)
            log.Info("escalate.paged", ("incident", incident.Id), ("tier", Tier(tier)));
        else
            log.Warn("escalate.paged-not-recorded", ("incident", incident.Id), ("tier", Tier(tier)), ("outcome", recorded.Outcome.ToString()));
        if (options.Policy.NextAfter(incident, tier) is { } next && next.Tier < options.TierCount)
            await scheduler.ScheduleAsync(next, EscalationPolicy.HopDelay(next.DueAt, now), ct);
    }

    private EscalationDecision Stop(EscalationCheck check, EscalationDecision decision)
    {
        log.Info("escalate.stopped", ("incident", check.IncidentId), ("tier", Tier(check.Tier)), ("reason", decision.Reason));
        return decision;
    }

    private static string Tier(int tier) => tier.ToString(CultureInfo.InvariantCulture);
}
