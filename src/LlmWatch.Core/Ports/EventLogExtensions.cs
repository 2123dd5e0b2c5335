namespace LlmWatch.Core.Ports;

/// <summary>One call per level, so each call site states the level it means.</summary>
public static class EventLogExtensions
{
    public static void Info(this IEventLog log, string eventName, params ReadOnlySpan<(string Key, string? Value)> fields) =>
        log.Write(LogLevel.Info, eventName, fields);

    public static void Warn(this IEventLog log, string eventName, params ReadOnlySpan<(string Key, string? Value)> fields) =>
        log.Write(LogLevel.Warn, eventName, fields);

    public static void Error(this IEventLog log, string eventName, params ReadOnlySpan<(string Key, string? Value)> fields) =>
        log.Write(LogLevel.Error, eventName, fields);
}
