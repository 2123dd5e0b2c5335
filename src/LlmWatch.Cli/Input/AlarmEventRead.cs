using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall.Notifications;

namespace LlmWatch.Cli.Input;

/// <summary>The alarm notifications read from a file, or why there are none (the message names the file).</summary>
internal sealed record AlarmEventRead(IReadOnlyList<AlarmNotification> Alarms, string? Error)
{
    public static AlarmEventRead Failed(string error) => new([], error);
}
