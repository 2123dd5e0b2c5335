namespace LlmWatch.Core.Paging.Chat;

/// <summary>A button press decoded from its <c>action_id</c> and <c>value</c>; the token is checked by the ack code, not here.</summary>
public sealed record SlackActionRequest(SlackAction Action, TimeSpan? SnoozeFor, string IncidentId, int Tier, string Token);
