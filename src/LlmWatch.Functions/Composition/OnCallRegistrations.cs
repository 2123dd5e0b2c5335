using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>The on-call handlers: <c>alarm</c> (SNS), <c>escalate</c> (SQS), <c>ack</c> (function URL).</summary>
internal static class OnCallRegistrations
{
    public static IEnumerable<HandlerRegistration> All() =>
    [
        new("alarm", s => { var g = OnCallGraph.FromServices(s); return new AlarmHandler(g.Intake(), g.Log); }),
        new("escalate", s => { var g = OnCallGraph.FromServices(s); return new EscalateHandler(g.Escalation(), g.Log); }),
        new("ack", s => new AckHandler(OnCallGraph.FromServices(s).Ack())),
    ];
}
