namespace LlmWatch.Aws.Sqs;

/// <summary>A received SQS message with its string message attributes.</summary>
internal sealed record SqsMessage(
    string MessageId,
    string ReceiptHandle,
    string Body,
    IReadOnlyDictionary<string, string> Attributes,
    int ReceiveCount);
