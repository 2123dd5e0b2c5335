using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using LlmWatch.Aws.Errors;

namespace LlmWatch.Aws.Sqs;

/// <summary>
/// Thin typed wrapper over the real AWSSDK.SQS client: send (with delay and string attributes), receive, delete.
/// SDK faults surface as <see cref="AwsServiceException"/> like every other adapter.
/// </summary>
internal sealed class SqsQueueClient
{
    /// <summary>SQS caps a message delay at 15 minutes.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(900);

    private readonly IAmazonSQS _sqs;

    public SqsQueueClient(IAmazonSQS sqs) => _sqs = sqs;

    /// <summary>Sends <paramref name="body"/>, invisible for <paramref name="delay"/> (0–900 s, whole seconds), and returns the message id.</summary>
    public async Task<string> SendMessageAsync(string queueUrl, string body, TimeSpan delay,
        IReadOnlyDictionary<string, string>? attributes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(queueUrl);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(delay, MaxDelay);
        var request = new SendMessageRequest
        {
            QueueUrl = queueUrl,
            MessageBody = body,
            DelaySeconds = (int)Math.Ceiling(delay.TotalSeconds),
        };
        if (attributes is { Count: > 0 })
        {
            request.MessageAttributes = attributes.ToDictionary(
                a => a.Key, a => new MessageAttributeValue { DataType = "String", StringValue = a.Value });
        }

        var response = await CallAsync(() => _sqs.SendMessageAsync(request, cancellationToken));
        return response.MessageId;
    }

    /// <summary>Receives up to <paramref name="maxMessages"/> (1–10), long-polling up to <paramref name="wait"/> (≤ 20 s).</summary>
    public async Task<IReadOnlyList<SqsMessage>> ReceiveMessagesAsync(string queueUrl, int maxMessages, TimeSpan wait,
        CancellationToken cancellationToken)
    {
        var request = new ReceiveMessageRequest
        {
            QueueUrl = queueUrl,
            MaxNumberOfMessages = Math.Clamp(maxMessages, 1, 10),
            WaitTimeSeconds = (int)Math.Clamp(wait.TotalSeconds, 0, 20),
            MessageAttributeNames = ["All"],
            MessageSystemAttributeNames = ["ApproximateReceiveCount"],
        };
        var response = await CallAsync(() => _sqs.ReceiveMessageAsync(request, cancellationToken));
        return (response.Messages ?? []).Select(ToMessage).ToArray();
    }

    public async Task DeleteMessageAsync(string queueUrl, string receiptHandle, CancellationToken cancellationToken) =>
        await CallAsync(() => _sqs.DeleteMessageAsync(queueUrl, receiptHandle, cancellationToken));

    private static SqsMessage ToMessage(Message message)
    {
        var attributes = (message.MessageAttributes ?? [])
            .Where(a => a.Value.StringValue is not null)
            .ToDictionary(a => a.Key, a => a.Value.StringValue, StringComparer.Ordinal);
        var count = message.Attributes?.TryGetValue("ApproximateReceiveCount", out var text) == true &&
            int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return new SqsMessage(message.MessageId, message.ReceiptHandle, message.Body, attributes, count);
    }

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AmazonServiceException e)
        {
            var status = (int)e.StatusCode;
            var code = e.ErrorCode ?? $"Http{status}";
            throw new AwsServiceException("SQS", code, e.Message, status,
                e.Retryable is not null || AwsRetryableErrors.IsRetryable(code, status), e);
        }
    }
}
