using Amazon.SQS.Model;
using LlmWatch.Aws.Sqs;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.TestKit.Aws;

namespace LlmWatch.Aws.Tests.Sqs;

public class SqsEscalationSchedulerTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly EscalationCheck Check = new("INC", 2, new DateTimeOffset(2025, 3, 4, 10, 45, 43, TimeSpan.Zero));

    [Fact]
    public async Task Due_check_is_sent_as_json_and_reads_back()
    {
        using var aws = new MotoOnCall(moto);
        var (url, _) = await aws.CreateQueueAsync("escalation", Ct);
        await new SqsEscalationScheduler(new SqsQueueClient(aws.Sqs), url).ScheduleAsync(Check, TimeSpan.Zero, Ct);

        var body = Assert.Single(await aws.DrainAsync(url, Ct));
        Assert.Equal(Check, EscalationCheckJson.TryRead(body));
    }

    [Fact]
    public async Task Delayed_check_is_invisible_until_its_delay_of_at_most_900_seconds()
    {
        using var aws = new MotoOnCall(moto);
        var (url, _) = await aws.CreateQueueAsync("escalation", Ct);
        await new SqsEscalationScheduler(new SqsQueueClient(aws.Sqs), url).ScheduleAsync(Check, TimeSpan.FromMinutes(30), Ct);

        Assert.Empty(await aws.DrainAsync(url, Ct));
        var attributes = await aws.Sqs.GetQueueAttributesAsync(
            new GetQueueAttributesRequest { QueueUrl = url, AttributeNames = ["ApproximateNumberOfMessagesDelayed"] }, Ct);
        Assert.Equal(1, attributes.ApproximateNumberOfMessagesDelayed);
    }
}
