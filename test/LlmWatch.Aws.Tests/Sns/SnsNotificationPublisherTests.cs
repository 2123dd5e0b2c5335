using System.Text.Json;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Sns;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.TestKit.Aws;

namespace LlmWatch.Aws.Tests.Sns;

public class SnsNotificationPublisherTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_goes_out_with_message_structure_and_queues_receive_the_default_json()
    {
        using var aws = new MotoAws(moto);
        using var resources = new MotoOnCall(moto);
        var (topic, queue) = await resources.CreateTopicWithQueueAsync("tier0", Ct);
        var publisher = new SnsNotificationPublisher(new SnsClient(aws.Transport(AwsService.Sns)));

        var id = await publisher.PublishAsync(topic, "[CRITICAL] ALARM x",
            """{"default":"{\"dedupKey\":\"k\"}","email":"mail body","sms":"short","https":"{}","lambda":"{}"}""", Ct);

        var envelope = JsonDocument.Parse(Assert.Single(await resources.DrainAsync(queue, Ct))).RootElement;
        Assert.Equal(id, envelope.GetProperty("MessageId").GetString());
        Assert.Equal("[CRITICAL] ALARM x", envelope.GetProperty("Subject").GetString());
        Assert.Equal("{\"dedupKey\":\"k\"}", envelope.GetProperty("Message").GetString());
    }
}
