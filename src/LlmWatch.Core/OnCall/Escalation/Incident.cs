namespace LlmWatch.Core.OnCall.Escalation;

/// <summary>One alarm episode: keyed by alarm ARN + state-change time, updated with optimistic concurrency (<see cref="Version"/>).</summary>
public sealed record Incident
{
    public required string AlarmArn { get; init; }
    /// <summary>The notification's StateChangeTime exactly as sent (sort key).</summary>
    public required string StateChangeTime { get; init; }
    public required string AlarmName { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public IncidentStatus Status { get; init; } = IncidentStatus.Open;
    public IReadOnlyList<int> PagedTiers { get; init; } = [];
    public DateTimeOffset? LastPagedAt { get; init; }
    public string? AckedBy { get; init; }
    public DateTimeOffset? AckedAt { get; init; }
    /// <summary>Ack token ids already used; a token works once.</summary>
    public IReadOnlyList<string> UsedAckTokens { get; init; } = [];
    public DateTimeOffset? ResolvedAt { get; init; }
    /// <summary>The original alarm notification, so later tiers get the same page.</summary>
    public string AlarmMessage { get; init; } = "";
    /// <summary>Evidence gathered for tier 0 (JSON), reused by escalation pages.</summary>
    public string? EvidenceJson { get; init; }
    /// <summary>When DynamoDB may delete the item (TTL, epoch seconds).</summary>
    public long ExpiresAt { get; init; }
    public int Version { get; init; } = 1;

    public string Id => IncidentIds.Create(AlarmArn, StateChangeTime);

    public bool HasPaged(int tier) => PagedTiers.Contains(tier);
}
