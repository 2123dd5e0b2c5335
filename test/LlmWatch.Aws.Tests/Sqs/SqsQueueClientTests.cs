using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Sqs;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.TestKit.Aws;

namespace LlmWatch.Aws.Tests.Sqs;

public class SqsQueueClientTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Delayed_message_with_attributes_arrives_only_after_its_delay()
    {
        using var aws = new MotoAws(moto);
        using var sdk = aws.Sdk.CreateSqs();
        var queueUrl = (await sdk.CreateQueueAsync(MotoAws.UniqueName("recheck"), Ct)).QueueUrl;
        var queue = new SqsQueueClient(sdk);

        var id = await queue.SendMessageAsync(queueUrl, """{"incident":"i-1","tier":1}""", TimeSpan.FromSeconds(2),
            new Dictionary<string, string> { ["kind"] = "escalation-recheck" }, Ct);
        var early = await queue.ReceiveMessagesAsync(queueUrl, 10, TimeSpan.Zero, Ct);
        // long polling against the real moto process is the bounded wait here
        var late = await queue.ReceiveMessagesAsync(queueUrl, 10, TimeSpan.FromSeconds(10), Ct);

        Assert.Empty(early);
        var message = Assert.Single(late);
        Assert.Equal(id, message.MessageId);
        Assert.Equal("""{"incident":"i-1","tier":1}""", message.Body);
        Assert.Equal("escalation-recheck", message.Attributes["kind"]);
        Assert.Equal(1, message.ReceiveCount);

        await queue.DeleteMessageAsync(queueUrl, message.ReceiptHandle, Ct);
        Assert.Empty(await queue.ReceiveMessagesAsync(queueUrl, 10, TimeSpan.Zero, Ct));
    }

    [Fact]
    public async Task Delay_beyond_fifteen_minutes_is_refused_before_calling_SQS()
    {
        using var aws = new MotoAws(moto);
        using var sdk = aws.Sdk.CreateSqs();
        var queue = new SqsQueueClient(sdk);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            queue.SendMessageAsync("http://queue", "x", TimeSpan.FromSeconds(901), null, Ct));
    }

    [Fact]
    public async Task Missing_queue_surfaces_as_an_AwsServiceException()
    {
        using var aws = new MotoAws(moto);
        using var sdk = aws.Sdk.CreateSqs();
        var queue = new SqsQueueClient(sdk);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => queue.SendMessageAsync(
            new Uri(moto.Endpoint, $"{moto.AccountId}/{MotoAws.UniqueName("absent")}").ToString(), "x", TimeSpan.Zero, null, Ct));

        Assert.Equal("SQS", error.Service);
        Assert.Contains("NonExistentQueue", error.Code);
        Assert.False(error.IsRetryable);
    }
}
