using LlmWatch.Core.Ports;

namespace LlmWatch.Aws.Sns;

/// <summary>Publishes pages with <c>MessageStructure=json</c> through <see cref="SnsClient"/>.</summary>
internal sealed class SnsNotificationPublisher(SnsClient sns) : INotificationPublisher
{
    public Task<string> PublishAsync(string topicArn, string subject, string messageStructureJson, CancellationToken cancellationToken) =>
        sns.PublishAsync(topicArn, messageStructureJson, subject, messageStructureJson: true, attributes: null, cancellationToken);
}
