using System.Globalization;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;

namespace LlmWatch.Core.OnCall.Ack;

/// <summary>Acknowledges an incident with a single-use tier token; records who and when; stops escalation.</summary>
public sealed class AckService(IIncidentStore store, AckTokens tokens, OnCallOptions options, TimeProvider time, IEventLog log)
{
    public async Task<AckResult> AcknowledgeAsync(string? incidentId, string? token, string by, CancellationToken cancellationToken)
    {
        if (!IncidentIds.TryParse(incidentId, out var arn, out var changed))
            return Reject(incidentId, "bad incident id");
        var tier = tokens.Verify(incidentId!, token, Math.Max(options.Policy.TierCount, options.TierTopicArns.Count));
        if (tier is null)
            return Reject(incidentId, "bad token");
        var tokenId = AckTokens.TokenId(tier.Value);
        var now = time.GetUtcNow();
        var update = await store.UpdateAsync(arn, changed, incident =>
        {
            if (incident.UsedAckTokens.Contains(tokenId))
                return null;
            var wasOpen = incident.Status == IncidentStatus.Open;
            return incident with
            {
                Status = wasOpen ? IncidentStatus.Acknowledged : incident.Status,
                AckedBy = wasOpen ? by : incident.AckedBy,
                AckedAt = wasOpen ? now : incident.AckedAt,
                UsedAckTokens = [.. incident.UsedAckTokens, tokenId],
            };
        }, cancellationToken);
        switch (update.Outcome)
        {
            case IncidentUpdateOutcome.NotFound:
                return Reject(incidentId, "no such incident");
            case IncidentUpdateOutcome.Declined:
                return Reject(incidentId, "token already used");
            case IncidentUpdateOutcome.Conflict:
                return Reject(incidentId, "concurrent updates");
        }
        var updated = update.After!;
        var accepted = update.Before!.Status == IncidentStatus.Open;
        log.Info("ack.recorded", ("incident", incidentId), ("tier", tier.Value.ToString(CultureInfo.InvariantCulture)),
            ("by", by), ("status", updated.Status.ToString()));
        return new AckResult(accepted ? AckStatus.Accepted : AckStatus.AlreadyClosed, updated, accepted ? "acknowledged" : "already closed");
    }

    private AckResult Reject(string? incidentId, string reason)
    {
        log.Warn("ack.rejected", ("incident", incidentId), ("reason", reason));
        return new AckResult(AckStatus.Rejected, null, reason);
    }
}
