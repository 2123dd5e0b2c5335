using LlmWatch.Core.Alarms;
using LlmWatch.Core.OnCall.Notifications;
using LlmWatch.TestKit.OnCall;

namespace LlmWatch.Core.Tests.OnCall;

/// <summary>The sample alarm and its OK counterpart as SNS messages.</summary>
internal static class AlarmMessages
{
    public static SnsMessage Alarm => OnCallHarness.SampleMessage("alarm-sns-event.json");

    public static SnsMessage Ok(string stateChangeTime = "2025-03-04T10:47:00.000+0000") => Alarm with
    {
        MessageId = "ok-" + stateChangeTime,
        Message = Alarm.Message
            .Replace("\"NewStateValue\":\"ALARM\"", "\"NewStateValue\":\"XX\"")
            .Replace("\"OldStateValue\":\"OK\"", "\"OldStateValue\":\"ALARM\"")
            .Replace("\"NewStateValue\":\"XX\"", "\"NewStateValue\":\"OK\"")
            .Replace("2025-03-04T10:15:42.587+0000", stateChangeTime),
    };

    public static readonly DateTimeOffset Received = new(2025, 3, 4, 10, 15, 43, TimeSpan.Zero);
}
