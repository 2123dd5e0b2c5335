using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Triggers;

namespace LlmWatch.Functions.Handlers;

/// <summary>SQS re-check → page the next tier, wait another hop, or stop; failed messages are retried alone.</summary>
internal sealed class EscalateHandler(EscalationRunner runner, IEventLog log) : IHandler
{
    public async Task<byte[]> HandleAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var message in SqsEvent.Decode(eventJson.Span))
        {
            if (EscalationCheckJson.TryRead(message?.Body) is not { } check)
            {
                log.Warn("escalate.malformed", ("messageId", message?.MessageId));
                continue;
            }
            try
            {
                await runner.HandleAsync(check, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException && message!.MessageId is { } id)
            {
                // returned to the queue: the tier's page is late until the redelivery succeeds
                log.Error("escalate.failed", ("messageId", id), ("incident", check.IncidentId), ("error", e.Message));
                failures.Add(id);
            }
        }
        return SqsBatchResponse.Encode(failures);
    }
}
