namespace LlmWatch.Core.Ports;

/// <summary>
/// Remembers request signatures for as long as they could be replayed. Lambda containers share no memory, so the
/// deployed guard is a conditional write to a shared table (DynamoDB <c>PutItem</c> with
/// <c>attribute_not_exists</c> on key <c>slack-request#{signature}</c>, TTL at <paramref name="forgetAfter"/>);
/// a late TTL deletion does no harm because a request that old is already refused as stale.
/// </summary>
public interface IReplayGuard
{
    /// <summary>True the first time <paramref name="key"/> is offered before <paramref name="forgetAfter"/>; false for a repeat.</summary>
    ValueTask<bool> FirstSightingAsync(string key, DateTimeOffset forgetAfter, CancellationToken cancellationToken);
}
