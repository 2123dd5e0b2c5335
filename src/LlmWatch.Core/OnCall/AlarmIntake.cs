using System.Globalization;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Paging;
using LlmWatch.Core.Ports;

namespace LlmWatch.Core.OnCall;

/// <summary>The alarm handler's logic: ALARM → incident + enriched tier-0 page + escalation; OK → resolve and tell every paged tier.</summary>
public sealed class AlarmIntake(
    IIncidentStore store, INotificationPublisher publisher, IEscalationScheduler scheduler, EvidenceGatherer gatherer,
    PageComposer composer, OnCallOptions options, TimeProvider time, IEventLog log)
{
    public async Task<IntakeOutcome> HandleAsync(SnsMessage message, CancellationToken cancellationToken)
    {
        var parsed = AlarmNotificationParser.Parse(message.Message);
        if (!parsed.IsSuccess)
        {
            log.Warn("alarm.malformed", ("messageId", message.MessageId), ("topicArn", message.TopicArn),
                ("error", parsed.Error.ToString()), ("detail", parsed.Detail));
            return IntakeOutcome.Malformed;
        }
        var alarm = parsed.Notification;
        return alarm.NewState switch
        {
            AlarmState.Alarm => await OpenAsync(alarm, message, cancellationToken),
            AlarmState.Ok => await ResolveAsync(alarm, cancellationToken),
            _ => Ignored(alarm, message),
        };
    }

    private async Task<IntakeOutcome> OpenAsync(AlarmNotification alarm, SnsMessage message, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var incident = new Incident
        {
            AlarmArn = alarm.AlarmArn,
            StateChangeTime = alarm.StateChangeTimeText,
            AlarmName = alarm.AlarmName,
            OpenedAt = now,
            AlarmMessage = message.Message,
            ExpiresAt = (now + options.Retention).ToUnixTimeSeconds(),
        };
        if (!await store.TryCreateAsync(incident, ct))
        {
            var existing = await store.GetAsync(alarm.AlarmArn, alarm.StateChangeTimeText, ct);
            // Another delivery owns this incident unless it never recorded its page and has had time to do so.
            if (existing is null || existing.HasPaged(0) || existing.Status != IncidentStatus.Open || now - existing.OpenedAt < options.ClaimTimeout)
            {
                log.Info("alarm.duplicate", ("messageId", message.MessageId), ("incident", incident.Id));
                return IntakeOutcome.Duplicate;
            }
            incident = existing;
        }

        var plan = CorrelationPlanner.Plan(alarm, options.IncludeText);
        var evidence = await gatherer.GatherAsync(plan, alarm.Trigger, options.EnrichmentBudget, ct);
        var page = composer.Compose(alarm, plan, evidence, PageKind.Alarm, 0, incident, now);
        await publisher.PublishAsync(options.TierTopicArns[0], page.Subject, PageRenderer.ToMessageStructure(page), ct);
        var pagedAt = time.GetUtcNow();
        log.Info("alarm.paged", ("messageId", message.MessageId), ("incident", incident.Id), ("tier", "0"),
            ("missingEvidence", string.Join(',', evidence.Missing(plan.IsQuality).Select(m => m.Section))),
            ("elapsedMs", ((int)(pagedAt - now).TotalMilliseconds).ToString(CultureInfo.InvariantCulture)));

        var evidenceJson = EvidenceJson.Serialize(evidence);
        var recorded = await store.UpdateAsync(incident.AlarmArn, incident.StateChangeTime, current => current with
        {
            PagedTiers = [.. current.PagedTiers.Append(0).Distinct().Order()],
            LastPagedAt = pagedAt,
            EvidenceJson = evidenceJson,
        }, ct);
        if (!recorded.Applied)
            log.Warn("alarm.page-not-recorded", ("incident", incident.Id), ("outcome", recorded.Outcome.ToString()));
        var paged = recorded.After ?? incident;
        if (options.Policy.NextAfter(paged, 0) is { } next && next.Tier < options.TierCount)
            await scheduler.ScheduleAsync(next, EscalationPolicy.HopDelay(next.DueAt, pagedAt), ct);
        return IntakeOutcome.Paged;
    }

    private async Task<IntakeOutcome> ResolveAsync(AlarmNotification ok, CancellationToken ct)
    {
        var update = await store.UpdateAsync(c => store.FindLatestAsync(ok.AlarmArn, c), incident =>
            incident.Status == IncidentStatus.Resolved
            || (AlarmTimestamps.TryParse(incident.StateChangeTime, out var opened) && opened > ok.StateChangeTime)
                ? null
                : incident with { Status = IncidentStatus.Resolved, ResolvedAt = ok.StateChangeTime }, ct);
        if (!update.Applied)
        {
            log.Info("alarm.ok-without-incident", ("alarmArn", ok.AlarmArn), ("outcome", update.Outcome.ToString()));
            return IntakeOutcome.NoOpenIncident;
        }
        var resolved = update.After!;
        var now = time.GetUtcNow();
        var original = AlarmNotificationParser.Parse(resolved.AlarmMessage).Notification ?? ok;
        var plan = CorrelationPlanner.Plan(original, options.IncludeText);
        foreach (var tier in resolved.PagedTiers.Where(t => t < options.TierTopicArns.Count))
        {
            var page = composer.Compose(original, plan, Evidence.None("resolved"), PageKind.Resolved, tier, resolved, now);
            await publisher.PublishAsync(options.TierTopicArns[tier], page.Subject, PageRenderer.ToMessageStructure(page), ct);
        }
        log.Info("alarm.resolved", ("incident", resolved.Id), ("pagedTiers", string.Join(',', resolved.PagedTiers)));
        return IntakeOutcome.Resolved;
    }

    private IntakeOutcome Ignored(AlarmNotification alarm, SnsMessage message)
    {
        log.Info("alarm.ignored", ("messageId", message.MessageId), ("alarm", alarm.AlarmName), ("state", AlarmStates.ToWire(alarm.NewState)));
        return IntakeOutcome.Ignored;
    }
}
