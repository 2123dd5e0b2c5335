
using LlmWatch.Core.OnCall.Escalation;

namespace LlmWatch.Core.Ports;

/// <summary>Incidents keyed by alarm ARN + state-change time; every write is conditional.</summary>
public interface IIncidentStore
{
    /// <summary>Creates the incident unless one with the same key exists (then false: a duplicate delivery).</summary>
    Task<bool> TryCreateAsync(Incident incident, CancellationToken cancellationToken);

    Task<Incident?> GetAsync(string alarmArn, string stateChangeTime, CancellationToken cancellationToken);

    /// <summary>The most recent incident of an alarm, whatever its status.</summary>
    Task<Incident?> FindLatestAsync(string alarmArn, CancellationToken cancellationToken);

    /// <summary>Replaces the incident if its stored version is still <paramref name="expectedVersion"/>; false when someone else won.</summary>
    Task<bool> TryUpdateAsync(Incident updated, int expectedVersion, CancellationToken cancellationToken);
}
