using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;
using LlmWatch.Functions.RuntimeApi;
using LlmWatch.Functions.Triggers;

namespace LlmWatch.Functions.Handlers;

/// <summary>SQS re-check → page the next tier, wait another hop, or stop; failed messages are retried alone.</summary>
internal sealed class EscalateHandler(EscalationRunner runner, IOnCallLog log) : IHandler
{
    public string Name => "escalate";

    public async Task<byte[]> HandleAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var record in SqsEvent.Parse(eventJson.Span))
        {
            if (EscalationCheckJson.TryRead(record.Body) is not { } check)
            {
                log.Write("escalate.malformed", ("messageId", record.MessageId));
                continue;
            }
            try
            {
                await runner.HandleAsync(check, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.Write("escalate.failed", ("messageId", record.MessageId), ("incident", check.IncidentId), ("error", e.Message));
                failures.Add(record.MessageId);
            }
        }
        return SqsEvent.BatchResponse(failures);
    }
}
