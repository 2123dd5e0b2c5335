namespace LlmWatch.Core.Ports;

/// <summary>
/// Structured one-line events (the functions write each as one JSON line carrying the level, the event name, the
/// Lambda request id and the trace id). The caller chooses the level by what the event means, never by its name.
/// </summary>
public interface IEventLog
{
    void Write(LogLevel level, string eventName, params ReadOnlySpan<(string Key, string? Value)> fields);
}
