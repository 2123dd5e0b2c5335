using LlmWatch.Core.OnCall;
using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>The <c>alarm</c> handler (SNS alarm topic): intake with evidence, tier-0 page, incident and escalation.</summary>
internal static class AlarmComposition
{
    public static async Task<IHandler> CreateAsync(FunctionServices services, CancellationToken cancellationToken) =>
        Create(await OnCallParts.CreateAsync(services, null, cancellationToken));

    public static AlarmHandler Create(OnCallParts parts)
    {
        parts.Settings.RequirePaging();
        var intake = new AlarmIntake(parts.Store(), parts.Publisher(), parts.Scheduler(), parts.Gatherer(), parts.Composer(),
            parts.Options, parts.Time, parts.Log);
        return new AlarmHandler(intake, parts.Log);
    }
}
