using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;

namespace LlmWatch.Aws.Sqs;

/// <summary>Schedules re-checks as SQS messages with <c>DelaySeconds</c> (0–900).</summary>
internal sealed class SqsEscalationScheduler(IAmazonSQS sqs, string queueUrl) : IEscalationScheduler
{
    public async Task ScheduleAsync(EscalationCheck check, TimeSpan delay, CancellationToken cancellationToken)
    {
        var seconds = (int)Math.Clamp(Math.Ceiling(delay.TotalSeconds), 0, EscalationPolicy.MaxHop.TotalSeconds);
        await sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = queueUrl,
            MessageBody = EscalationCheckJson.Write(check),
            DelaySeconds = seconds,
            MessageAttributes = new Dictionary<string, MessageAttributeValue>
            {
                ["tier"] = new() { DataType = "Number", StringValue = check.Tier.ToString(CultureInfo.InvariantCulture) },
            },
        }, cancellationToken).ConfigureAwait(false);
    }
}
