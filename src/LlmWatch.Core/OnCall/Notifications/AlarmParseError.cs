namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>Why a message is not a usable alarm notification.</summary>
public enum AlarmParseError
{
    None,
    NotJson,
    NotAnObject,
    MissingField,
    BadTimestamp,
    UnknownState,
}
