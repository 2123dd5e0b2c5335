using System.Globalization;

namespace LlmWatch.Core.Paging.Chat;

/// <summary>
/// The buttons' <c>action_id</c>s and <c>value</c>s. The action id says what to do (<c>llmwatch.ack</c>,
/// <c>llmwatch.snooze.1h</c>, <c>llmwatch.resolve</c>); the value carries the incident, the paged tier and the
/// incident's ack token as <c>v1.{tier}.{incidentId}.{token}</c>. Incident ids and tokens are base64url, so the
/// dots cannot clash, and the value stays far below Block Kit's 2,000 characters.
/// </summary>
public static class SlackActions
{
    public const string Prefix = "llmwatch.";
    public const string Acknowledge = Prefix + "ack";
    public const string Resolve = Prefix + "resolve";
    public const string SnoozePrefix = Prefix + "snooze.";

    /// <summary>The snooze choices, as on the confirmation page.</summary>
    public static readonly IReadOnlyList<(string Label, TimeSpan Duration)> SnoozeChoices =
        [("15m", TimeSpan.FromMinutes(15)), ("1h", TimeSpan.FromHours(1)), ("4h", TimeSpan.FromHours(4))];

    public static string Value(string incidentId, int tier, string token) =>
        $"v1.{tier.ToString(CultureInfo.InvariantCulture)}.{incidentId}.{token}";

    public static bool TryParse(string actionId, string value, out SlackActionRequest request)
    {
        request = null!;
        SlackAction action;
        TimeSpan? snooze = null;
        if (actionId == Acknowledge)
            action = SlackAction.Acknowledge;
        else if (actionId == Resolve)
            action = SlackAction.Resolve;
        else if (actionId.StartsWith(SnoozePrefix, StringComparison.Ordinal)
                 && SnoozeChoices.FirstOrDefault(c => c.Label == actionId[SnoozePrefix.Length..]) is { Label: not null } choice)
        {
            action = SlackAction.Snooze;
            snooze = choice.Duration;
        }
        else
        {
            return false;
        }
        var parts = value.Split('.');
        if (parts.Length != 4 || parts[0] != "v1" || parts[2].Length == 0 || parts[3].Length == 0
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var tier))
            return false;
        request = new SlackActionRequest(action, snooze, parts[2], tier, parts[3]);
        return true;
    }
}
