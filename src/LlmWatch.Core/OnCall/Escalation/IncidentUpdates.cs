using LlmWatch.Core.Ports;

namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>
/// The one read–modify–conditional-write loop for incidents. The change function sees the incident as stored and
/// returns the new one (or null to leave it); the write succeeds only if nobody wrote in between (the stored
/// <see cref="Incident.Version"/> is still the one read), otherwise the incident is read again and the change
/// re-applied to what is now stored, up to <see cref="MaxAttempts"/> times. Change functions must therefore be
/// pure: decide from the incident they are given, not from an earlier read.
/// </summary>
public static class IncidentUpdates
{
    /// <summary>Writers per incident are few (one alarm delivery, one escalation hop, a person acking), so three attempts suffice.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Updates the incident stored under <paramref name="alarmArn"/> and <paramref name="stateChangeTime"/>.</summary>
    public static Task<IncidentUpdate> UpdateAsync(this IIncidentStore store, string alarmArn, string stateChangeTime,
        Func<Incident, Incident?> change, CancellationToken cancellationToken) =>
        store.UpdateAsync(ct => store.GetAsync(alarmArn, stateChangeTime, ct), change, cancellationToken);

    /// <summary>Updates the incident that <paramref name="read"/> finds (read again before every attempt).</summary>
    public static async Task<IncidentUpdate> UpdateAsync(this IIncidentStore store, Func<CancellationToken, Task<Incident?>> read,
        Func<Incident, Incident?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(change);
        Incident? current = null;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            current = await read(cancellationToken);
            if (current is null)
                return IncidentUpdate.NotFound;
            if (change(current) is not { } changed)
                return new IncidentUpdate(IncidentUpdateOutcome.Declined, current, null);
            var updated = changed with { Version = current.Version + 1 };
            if (await store.TryUpdateAsync(updated, current.Version, cancellationToken))
                return new IncidentUpdate(IncidentUpdateOutcome.Applied, current, updated);
        }
        return new IncidentUpdate(IncidentUpdateOutcome.Conflict, current, null);
    }
}
