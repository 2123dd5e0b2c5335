using System.Text;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Ports;

namespace LlmWatch.Aws.Sqs;

/// <summary>
/// The judge queue over SQS <c>SendMessageBatch</c>: at most 10 entries and 256 KB of bodies per request. A sample
/// whose body alone exceeds the limit is counted as too large; failed entries and failed requests are reported
/// by request id, never thrown, because losing a sample must not fail the metrics batch.
/// </summary>
internal sealed class SqsJudgeQueue(IAmazonSQS sqs, string queueUrl) : IJudgeQueue
{
    public const int MaxEntries = 10;
    public const int MaxBatchBytes = 256 * 1024;

    public async Task<JudgeQueueResult> SendAsync(IReadOnlyList<JudgeSample> samples, CancellationToken cancellationToken)
    {
        var sent = 0;
        var tooLarge = 0;
        var failed = new List<string>();
        var batch = new List<(JudgeSample Sample, string Body)>(MaxEntries);
        var batchBytes = 0;
        foreach (var sample in samples)
        {
            var body = JudgeSampleCodec.Encode(sample);
            var bytes = Encoding.UTF8.GetByteCount(body);
            if (bytes > MaxBatchBytes)
            {
                tooLarge++;
                continue;
            }
            if (batch.Count == MaxEntries || batchBytes + bytes > MaxBatchBytes)
            {
                sent += await SendBatchAsync(batch, failed, cancellationToken);
                batch.Clear();
                batchBytes = 0;
            }
            batch.Add((sample, body));
            batchBytes += bytes;
        }
        if (batch.Count > 0)
            sent += await SendBatchAsync(batch, failed, cancellationToken);
        return new JudgeQueueResult(sent, tooLarge, failed);
    }

    private async Task<int> SendBatchAsync(List<(JudgeSample Sample, string Body)> batch, List<string> failed, CancellationToken cancellationToken)
    {
        var request = new SendMessageBatchRequest
        {
            QueueUrl = queueUrl,
            Entries = [.. batch.Select((entry, i) => new SendMessageBatchRequestEntry { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), MessageBody = entry.Body })],
        };
        try
        {
            var response = await sqs.SendMessageBatchAsync(request, cancellationToken);
            foreach (var entry in response.Failed ?? [])
            {
                if (int.TryParse(entry.Id, out var index) && index >= 0 && index < batch.Count)
                    failed.Add(batch[index].Sample.RequestId);
            }
            return response.Successful?.Count ?? 0;
        }
        catch (Exception exception) when (exception is AmazonServiceException or AmazonClientException or HttpRequestException or TimeoutException)
        {
            failed.AddRange(batch.Select(entry => entry.Sample.RequestId));
            return 0;
        }
    }
}
