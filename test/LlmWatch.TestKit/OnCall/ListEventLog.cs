using System.Collections.Concurrent;
using LlmWatch.Core.Ports;

namespace LlmWatch.TestKit.OnCall;

/// <summary>Keeps structured log events (with their level) for assertions.</summary>
public sealed class ListEventLog : IEventLog
{
    private readonly ConcurrentQueue<(LogLevel Level, string Name, Dictionary<string, string?> Fields)> _events = new();

    public IReadOnlyList<(LogLevel Level, string Name, Dictionary<string, string?> Fields)> Events => [.. _events];

    public void Write(LogLevel level, string eventName, params ReadOnlySpan<(string Key, string? Value)> fields)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
            map[key] = value;
        _events.Enqueue((level, eventName, map));
    }
}
