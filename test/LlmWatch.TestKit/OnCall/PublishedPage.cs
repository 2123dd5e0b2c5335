using System.Text.Json;

namespace LlmWatch.TestKit.OnCall;

/// <summary>One page as published: topic, subject and the MessageStructure=json body.</summary>
public sealed record PublishedPage(string TopicArn, string Subject, string Message, DateTimeOffset At, string MessageId)
{
    /// <summary>The body for one protocol key (default, email, sms, https, lambda).</summary>
    public string Body(string protocol)
    {
        using var doc = JsonDocument.Parse(Message);
        return doc.RootElement.GetProperty(protocol).GetString()!;
    }
}
