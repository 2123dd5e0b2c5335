using LlmWatch.Core.OnCall.Ack;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.Core.Ports;
using LlmWatch.TestKit.OnCall;

namespace LlmWatch.Core.Tests.OnCall.Ack;

public class AckServiceLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_rejected_ack_is_a_warning_and_a_recorded_one_is_information()
    {
        var h = new OnCallHarness(Start);
        var incident = new Incident { AlarmArn = "arn:aws:cloudwatch:us-east-1:1:alarm:a", StateChangeTime = "t", AlarmName = "a", OpenedAt = Start };
        await h.Store.TryCreateAsync(incident, TestContext.Current.CancellationToken);

        await h.Ack.AcknowledgeAsync(incident.Id, "forged", "mallory", TestContext.Current.CancellationToken);
        await h.Ack.AcknowledgeAsync(incident.Id, h.Tokens.Create(incident.Id, 0), "ana", TestContext.Current.CancellationToken);

        Assert.Equal([(LogLevel.Warn, "ack.rejected"), (LogLevel.Info, "ack.recorded")], h.Log.Events.Select(e => (e.Level, e.Name)));
        Assert.Equal("bad token", h.Log.Events[0].Fields["reason"]);
    }
}
