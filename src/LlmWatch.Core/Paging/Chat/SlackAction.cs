namespace LlmWatch.Core.Paging.Chat;

/// <summary>What a button on a Slack page asks for; the same three actions as the confirmation page.</summary>
public enum SlackAction
{
    Acknowledge,
    Snooze,
    Resolve,
}
