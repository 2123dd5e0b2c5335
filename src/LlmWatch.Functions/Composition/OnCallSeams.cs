using LlmWatch.Core.Ports;

namespace LlmWatch.Functions.Composition;

/// <summary>Stand-ins for outside parts of the on-call wiring (tests): a Logs Insights runner, the ack secret, a scheduler wrapper.</summary>
internal sealed record OnCallSeams(
    ICorrelationQueryRunner? Queries = null,
    byte[]? AckSecret = null,
    Func<IEscalationScheduler, IEscalationScheduler>? WrapScheduler = null);
