namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>One SNS notification delivered to Lambda (<c>Records[].Sns</c>).</summary>
public sealed record SnsMessage(string MessageId, string TopicArn, string? Subject, string Message, string Timestamp);
