using System.Text;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.Core.Ports;
using LlmWatch.Functions.RuntimeApi;

namespace LlmWatch.Functions.Handlers;

/// <summary>SNS alarm topic → on-call intake (tier-0 page, incident, escalation; or resolve on OK).</summary>
internal sealed class AlarmHandler(AlarmIntake intake, IEventLog log) : IHandler
{
    public async Task<byte[]> HandleAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context, CancellationToken cancellationToken)
    {
        var messages = SnsLambdaEvent.Parse(eventJson.Span, out var skipped);
        if (skipped > 0)
            log.Warn("alarm.skipped-records", ("count", skipped.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var outcomes = new List<string>(messages.Count);
        foreach (var message in messages)
            outcomes.Add((await intake.HandleAsync(message, cancellationToken)).ToString());
        // A malformed message is logged and answered normally: SNS/Lambda retries would never fix it.
        return Encoding.UTF8.GetBytes($"{{\"outcomes\":[{string.Join(',', outcomes.Select(o => $"\"{o}\""))}]}}");
    }
}
