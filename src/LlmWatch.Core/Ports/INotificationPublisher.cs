namespace LlmWatch.Core.Ports;

/// <summary>Publishes one page to a topic (SNS Publish with MessageStructure=json).</summary>
public interface INotificationPublisher
{
    /// <returns>The message id assigned by the service.</returns>
    Task<string> PublishAsync(string topicArn, string subject, string messageStructureJson, CancellationToken cancellationToken);
}
