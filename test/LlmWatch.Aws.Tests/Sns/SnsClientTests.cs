using System.Text.Json;
using Amazon.SQS.Model;
using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Sns;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.Aws.Transport;
using LlmWatch.TestKit.Aws;
using Polly;

namespace LlmWatch.Aws.Tests.Sns;

public class SnsClientTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publish_with_message_structure_json_reaches_a_subscribed_queue()
    {
        using var aws = new MotoAws(moto);
        using var sqs = aws.Sdk.CreateSqs();
        var queueUrl = (await sqs.CreateQueueAsync(MotoAws.UniqueName("pages"), Ct)).QueueUrl;
        var queueArn = (await sqs.GetQueueAttributesAsync(queueUrl, ["QueueArn"], Ct)).QueueARN;
        var topicArn = (await aws.QueryAsync(AwsService.Sns, "2010-03-31",
            ("Action", "CreateTopic"), ("Name", MotoAws.UniqueName("tier0")))).Text("TopicArn");
        await aws.QueryAsync(AwsService.Sns, "2010-03-31",
            ("Action", "Subscribe"), ("TopicArn", topicArn), ("Protocol", "sqs"), ("Endpoint", queueArn));
        var sns = new SnsClient(aws.Transport(AwsService.Sns));

        var messageId = await sns.PublishAsync(topicArn,
            """{"default":"plain text page","sqs":"queue page: p95 > 2 s & rising"}""",
            "ALARM: latency", messageStructureJson: true,
            [SnsMessageAttribute.String("severity", "high"), SnsMessageAttribute.Number("tier", "0")], Ct);

        Assert.False(string.IsNullOrEmpty(messageId));
        var received = await sqs.ReceiveMessageAsync(
            new ReceiveMessageRequest { QueueUrl = queueUrl, WaitTimeSeconds = 5, MaxNumberOfMessages = 1 }, Ct);
        var envelope = JsonDocument.Parse(Assert.Single(received.Messages).Body).RootElement;
        Assert.Equal(messageId, envelope.GetProperty("MessageId").GetString());
        Assert.Equal("queue page: p95 > 2 s & rising", envelope.GetProperty("Message").GetString());
        Assert.Equal("ALARM: latency", envelope.GetProperty("Subject").GetString());
        var attributes = envelope.GetProperty("MessageAttributes");
        Assert.Equal("high", attributes.GetProperty("severity").GetProperty("Value").GetString());
        Assert.Equal("Number", attributes.GetProperty("tier").GetProperty("Type").GetString());
    }

    [Fact]
    public async Task Wrong_secret_key_is_rejected_with_SignatureDoesNotMatch()
    {
        using var aws = new MotoAws(moto, secretKeyOverride: "not-the-secret-key-at-all-000000000000000");
        var sns = new SnsClient(aws.Transport(AwsService.Sns));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => sns.PublishAsync(
            $"arn:aws:sns:{moto.Region}:{moto.AccountId}:nope", "x", null, false, null, Ct));

        Assert.Equal("SignatureDoesNotMatch", error.Code);
        Assert.Equal(403, error.StatusCode);
        Assert.False(error.IsRetryable);
        Assert.Equal("SNS", error.Service);
    }

    [Fact]
    public async Task Publish_to_a_missing_topic_surfaces_the_service_error_code()
    {
        using var aws = new MotoAws(moto);
        var sns = new SnsClient(new AwsTransport(aws.Http.Create(AwsService.Sns), "SNS", ResiliencePipeline.Empty));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => sns.PublishAsync(
            $"arn:aws:sns:{moto.Region}:{moto.AccountId}:{MotoAws.UniqueName("missing")}", "x", null, false, null, Ct));

        Assert.Equal("NotFound", error.Code);
        Assert.Equal(404, error.StatusCode);
    }
}
