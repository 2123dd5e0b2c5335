
using LlmWatch.Core.OnCall.Escalation;

namespace LlmWatch.Core.OnCall;

/// <summary>Settings of the on-call flow, validated once at start-up.</summary>
/// <param name="TierTopicArns">SNS topic per tier, index = tier.</param>
/// <param name="AckBaseUrl">The ack function URL (ending in <c>/</c> or not); null leaves ack links out.</param>
/// <param name="EnrichmentBudget">How long queries may run before the tier-0 page goes out without them.</param>
/// <param name="ClaimTimeout">After this, a duplicate delivery of an incident whose first page was never recorded pages again.</param>
public sealed record OnCallOptions(
    IReadOnlyList<string> TierTopicArns,
    EscalationPolicy Policy,
    string? AckBaseUrl,
    string? DashboardName,
    bool IncludeText,
    IReadOnlyList<string> InvocationLogGroups,
    string? JudgeLogGroup)
{
    public TimeSpan EnrichmentBudget { get; init; } = TimeSpan.FromSeconds(2);
    public TimeSpan ClaimTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Tiers that can be paged: those with both a delay and a topic.</summary>
    public int TierCount => Math.Min(TierTopicArns.Count, Policy.TierCount);
}
