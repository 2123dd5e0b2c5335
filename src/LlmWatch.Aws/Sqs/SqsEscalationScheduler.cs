using System.Globalization;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;

namespace LlmWatch.Aws.Sqs;

/// <summary>Schedules re-checks as SQS messages with <c>DelaySeconds</c> (0–900).</summary>
internal sealed class SqsEscalationScheduler(SqsQueueClient sqs, string queueUrl) : IEscalationScheduler
{
    public async Task ScheduleAsync(EscalationCheck check, TimeSpan delay, CancellationToken cancellationToken)
    {
        var seconds = Math.Clamp(Math.Ceiling(delay.TotalSeconds), 0, EscalationPolicy.MaxHop.TotalSeconds);
        await sqs.SendMessageAsync(queueUrl, EscalationCheckJson.Write(check), TimeSpan.FromSeconds(seconds),
            new Dictionary<string, string> { ["tier"] = check.Tier.ToString(CultureInfo.InvariantCulture) }, cancellationToken);
    }
}
