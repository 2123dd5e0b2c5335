using System.Collections.Concurrent;
using LlmWatch.Core.Ports;

namespace LlmWatch.TestKit.OnCall;

/// <summary>Keeps every published page; optionally signals each publish to a waiting test.</summary>
public sealed class RecordingPublisher(TimeProvider? time = null) : INotificationPublisher
{
    private readonly ConcurrentQueue<PublishedPage> _pages = new();

    public IReadOnlyList<PublishedPage> Pages => [.. _pages];

    public Task<string> PublishAsync(string topicArn, string subject, string messageStructureJson, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString();
        _pages.Enqueue(new PublishedPage(topicArn, subject, messageStructureJson, (time ?? TimeProvider.System).GetUtcNow(), id));
        return Task.FromResult(id);
    }
}
