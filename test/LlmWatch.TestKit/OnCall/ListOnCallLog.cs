using System.Collections.Concurrent;
using LlmWatch.Core.Ports;

namespace LlmWatch.TestKit.OnCall;

/// <summary>Keeps structured log events for assertions.</summary>
public sealed class ListOnCallLog : IOnCallLog
{
    private readonly ConcurrentQueue<(string Name, Dictionary<string, string?> Fields)> _events = new();

    public IReadOnlyList<(string Name, Dictionary<string, string?> Fields)> Events => [.. _events];

    public void Write(string name, params (string Key, string? Value)[] fields) =>
        _events.Enqueue((name, fields.ToDictionary(f => f.Key, f => f.Value)));
}
