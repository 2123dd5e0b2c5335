using System.Buffers;

namespace LlmWatch.Core.Records;

/// <summary>Walks a decoded subscription payload: <c>messageType</c> and the <c>logEvents</c>.</summary>
public static class SubscriptionPayload
{
    /// <summary>Feeds every log event to <paramref name="sink"/> unless this is a <c>CONTROL_MESSAGE</c>.</summary>
    /// <returns>Whether the payload was a control message, or an error text.</returns>
    public static (bool IsControl, string? Error) Read(ReadOnlySpan<byte> payload, ILogMessageSink sink, ArrayBufferWriter<byte> scratch)
    {
        try
        {
            var scanner = new PayloadScanner(payload);
            if (scanner.Peek() != (byte)'{')
                return (false, "payload is not a JSON object");
            scanner.Expect((byte)'{');
            var isControl = false;
            var eventsAt = -1;
            var first = true;
            while (scanner.NextProperty(ref first, out var name))
            {
                if (name.SequenceEqual("messageType"u8))
                {
                    isControl = scanner.SkipValue().SequenceEqual("\"CONTROL_MESSAGE\""u8);
                }
                else if (name.SequenceEqual("logEvents"u8))
                {
                    // read after messageType is known, wherever it sits
                    var value = scanner.SkipValue();
                    eventsAt = OffsetOf(payload, value);
                }
                else
                {
                    scanner.SkipValue();
                }
            }
            if (isControl || eventsAt < 0)
                return (isControl, null);
            var events = new PayloadScanner(payload[eventsAt..]);
            ReadEvents(ref events, sink, scratch);
            return (false, null);
        }
        catch (FormatException e)
        {
            return (false, "payload is not valid JSON: " + e.Message);
        }
    }

    private static int OffsetOf(ReadOnlySpan<byte> whole, ReadOnlySpan<byte> part)
    {
        // part is a slice of whole: its offset is the distance between their starts
        return (int)System.Runtime.CompilerServices.Unsafe.ByteOffset(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(whole),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(part));
    }

    private static void ReadEvents(ref PayloadScanner scanner, ILogMessageSink sink, ArrayBufferWriter<byte> scratch)
    {
        if (scanner.Peek() != (byte)'[')
            throw new FormatException("logEvents is not an array");
        scanner.Expect((byte)'[');
        var index = 0;
        var firstEvent = true;
        while (scanner.NextElement(ref firstEvent))
        {
            scanner.Expect((byte)'{');
            long timestamp = 0;
            scratch.ResetWrittenCount();
            var hasMessage = false;
            var first = true;
            while (scanner.NextProperty(ref first, out var name))
            {
                if (name.SequenceEqual("timestamp"u8))
                {
                    if (!scanner.TryReadInt64(out timestamp))
                        timestamp = 0;
                }
                else if (name.SequenceEqual("message"u8) && scanner.Peek() == (byte)'"')
                {
                    scanner.ReadString(scratch);
                    hasMessage = true;
                }
                else
                {
                    scanner.SkipValue();
                }
            }
            sink.OnMessage(hasMessage ? scratch.WrittenSpan : default, timestamp, index++);
        }
    }
}
