using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.OnCall.Notifications;

namespace LlmWatch.Core.Paging;

/// <summary>Everything a page is rendered from.</summary>
/// <param name="Tier">The tier being paged (0 = first responders).</param>
/// <param name="PagedTiers">For resolved pages: the tiers that had been paged.</param>
/// <param name="IncludeText">Opt-in: show prompt/response snippets when the evidence has them.</param>
public sealed record PageRequest(
    AlarmNotification Alarm,
    CorrelationPlan Plan,
    Evidence Evidence,
    PageKind Kind,
    int Tier,
    string IncidentId,
    PageLinks Links,
    bool IncludeText = false,
    TimeSpan? SinceFirstPage = null,
    IReadOnlyList<int>? PagedTiers = null,
    DateTimeOffset? ResolvedAt = null);
