using Amazon.SQS;
using Amazon.SQS.Model;
using LlmWatch.Aws.Sqs;
using LlmWatch.Aws.Tests.Moto;
using LlmWatch.Core.Judge;
using LlmWatch.TestKit.Aws;

namespace LlmWatch.Aws.Tests.Sqs;

public class SqsJudgeQueueMotoTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JudgeSample Sample(int i, int responseChars = 20) => new()
    {
        RequestId = $"req-{i:D2}",
        ModelId = "amazon.nova-lite-v1:0",
        Caller = "search-svc",
        Timestamp = new DateTimeOffset(2026, 5, 4, 9, 15, 4, TimeSpan.Zero),
        Prompt = "user: List three synonyms for fast. ünïcödé ✓",
        Response = new string('r', responseChars),
    };

    private async Task<(IAmazonSQS Sqs, string Url)> QueueAsync(MotoAws aws)
    {
        var sqs = aws.Sdk.CreateSqs();
        var created = await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = MotoAws.UniqueName("judge") }, Ct);
        return (sqs, created.QueueUrl);
    }

    private static async Task<List<JudgeSample>> DrainAsync(IAmazonSQS sqs, string url)
    {
        var samples = new List<JudgeSample>();
        while (true)
        {
            var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MaxNumberOfMessages = 10, WaitTimeSeconds = 0 }, Ct);
            if (received.Messages is not { Count: > 0 } messages)
                return samples;
            samples.AddRange(messages.Select(m => JudgeSampleCodec.TryDecode(m.Body)!));
            foreach (var m in messages)
                await sqs.DeleteMessageAsync(url, m.ReceiptHandle, Ct);
        }
    }

    [Fact]
    public async Task Sends_samples_in_batches_of_ten_that_decode_back_exactly()
    {
        using var aws = new MotoAws(moto);
        var (sqs, url) = await QueueAsync(aws);
        var samples = Enumerable.Range(0, 23).Select(i => Sample(i)).ToList();

        var result = await new SqsJudgeQueue(sqs, url).SendAsync(samples, Ct);

        Assert.Equal((23, 0), (result.Sent, result.TooLarge));
        Assert.Empty(result.FailedRequestIds);
        Assert.Equal(samples.OrderBy(s => s.RequestId), (await DrainAsync(sqs, url)).OrderBy(s => s.RequestId));
    }

    [Fact]
    public async Task Keeps_each_request_under_256_KB_and_counts_a_sample_too_large_for_one_message()
    {
        using var aws = new MotoAws(moto);
        var (sqs, url) = await QueueAsync(aws);
        // three ~100 KB samples cannot share one 256 KB request; a 300 KB one cannot be sent at all
        List<JudgeSample> samples = [Sample(1, 100_000), Sample(2, 100_000), Sample(3, 100_000), Sample(4, 300_000)];

        var result = await new SqsJudgeQueue(sqs, url).SendAsync(samples, Ct);

        Assert.Equal((3, 1), (result.Sent, result.TooLarge));
        Assert.Equal(["req-01", "req-02", "req-03"], (await DrainAsync(sqs, url)).Select(s => s.RequestId).Order());
    }

    [Fact]
    public async Task A_missing_queue_is_reported_by_request_id_not_thrown()
    {
        using var aws = new MotoAws(moto);
        var sqs = aws.Sdk.CreateSqs();
        var url = new Uri(moto.Endpoint, $"{moto.AccountId}/no-such-queue").ToString();

        var result = await new SqsJudgeQueue(sqs, url).SendAsync([Sample(1), Sample(2)], Ct);

        Assert.Equal(0, result.Sent);
        Assert.Equal(["req-01", "req-02"], result.FailedRequestIds);
    }
}
