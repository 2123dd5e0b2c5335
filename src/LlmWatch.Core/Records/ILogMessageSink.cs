namespace LlmWatch.Core.Records;

/// <summary>Receives the log events of a decoded subscription payload.</summary>
public interface ILogMessageSink
{
    /// <param name="message">The event's message (one invocation record, unescaped UTF-8).</param>
    /// <param name="eventTimestampMs">The log event's timestamp, epoch milliseconds.</param>
    /// <param name="index">The event's position in the batch, from 0.</param>
    void OnMessage(ReadOnlySpan<byte> message, long eventTimestampMs, int index);
}
