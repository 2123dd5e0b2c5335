using System.Diagnostics.CodeAnalysis;

namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>Either a parsed notification or a typed reason it is not one (never an exception).</summary>
public sealed record AlarmParseResult
{
    private AlarmParseResult(AlarmNotification? notification, AlarmParseError error, string detail)
    {
        Notification = notification;
        Error = error;
        Detail = detail;
    }

    public AlarmNotification? Notification { get; }
    public AlarmParseError Error { get; }
    /// <summary>Human-readable detail for the log line (field name, offending value).</summary>
    public string Detail { get; }

    [MemberNotNullWhen(true, nameof(Notification))]
    public bool IsSuccess => Notification is not null;

    public static AlarmParseResult Success(AlarmNotification notification) => new(notification, AlarmParseError.None, "");

    public static AlarmParseResult Failure(AlarmParseError error, string detail) => new(null, error, detail);
}
