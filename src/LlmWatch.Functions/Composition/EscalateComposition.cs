using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>The <c>escalate</c> handler (SQS re-checks): alarm state, next tier's page, next hop.</summary>
internal static class EscalateComposition
{
    public static async Task<IHandler> CreateAsync(FunctionServices services, CancellationToken cancellationToken) =>
        Create(await OnCallParts.CreateAsync(services, null, cancellationToken));

    public static EscalateHandler Create(OnCallParts parts)
    {
        parts.Settings.RequirePaging();
        var runner = new EscalationRunner(parts.Store(), parts.AlarmStates(), parts.Publisher(), parts.Scheduler(), parts.Composer(),
            parts.Options, parts.Time, parts.Log);
        return new EscalateHandler(runner, parts.Log);
    }
}
