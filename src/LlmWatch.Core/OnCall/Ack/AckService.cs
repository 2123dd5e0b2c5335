using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;

namespace LlmWatch.Core.OnCall.Ack;

/// <summary>Acknowledges an incident with a single-use tier token; records who and when; stops escalation.</summary>
public sealed class AckService(IIncidentStore store, AckTokens tokens, OnCallOptions options, TimeProvider time, IOnCallLog log)
{
    public async Task<AckResult> AcknowledgeAsync(string? incidentId, string? token, string by, CancellationToken cancellationToken)
    {
        if (!IncidentIds.TryParse(incidentId, out var arn, out var changed))
            return Reject(incidentId, "bad incident id");
        var tier = tokens.Verify(incidentId!, token, Math.Max(options.Policy.TierCount, options.TierTopicArns.Count));
        if (tier is null)
            return Reject(incidentId, "bad token");
        var tokenId = AckTokens.TokenId(tier.Value);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var incident = await store.GetAsync(arn, changed, cancellationToken).ConfigureAwait(false);
            if (incident is null)
                return Reject(incidentId, "no such incident");
            if (incident.UsedAckTokens.Contains(tokenId))
                return Reject(incidentId, "token already used");
            var now = time.GetUtcNow();
            var wasOpen = incident.Status == IncidentStatus.Open;
            var updated = incident with
            {
                Status = wasOpen ? IncidentStatus.Acknowledged : incident.Status,
                AckedBy = wasOpen ? by : incident.AckedBy,
                AckedAt = wasOpen ? now : incident.AckedAt,
                UsedAckTokens = [.. incident.UsedAckTokens, tokenId],
                Version = incident.Version + 1,
            };
            if (!await store.TryUpdateAsync(updated, incident.Version, cancellationToken).ConfigureAwait(false))
                continue;
            log.Write("ack.recorded", ("incident", incidentId), ("tier", tier.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("by", by), ("status", updated.Status.ToString()));
            return new AckResult(wasOpen ? AckStatus.Accepted : AckStatus.AlreadyClosed, updated, wasOpen ? "acknowledged" : "already closed");
        }
        return Reject(incidentId, "concurrent updates");
    }

    private AckResult Reject(string? incidentId, string reason)
    {
        log.Write("ack.rejected", ("incident", incidentId), ("reason", reason));
        return new AckResult(AckStatus.Rejected, null, reason);
    }
}
