namespace LlmWatch.Functions.Triggers;

/// <summary>One SQS message of an SQS → Lambda event.</summary>
internal sealed record SqsRecord(string MessageId, string Body);
