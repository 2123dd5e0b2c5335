using System.Buffers;
using System.Text;
using LlmWatch.Core.Records;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Records;

public class SubscriptionEnvelopeTests
{
    private sealed class Collect : ILogMessageSink
    {
        public List<string> Messages { get; } = [];
        public void OnMessage(ReadOnlySpan<byte> message, long eventTimestampMs, int index) => Messages.Add(Encoding.UTF8.GetString(message));
    }

    [Fact]
    public void Sample_event_decodes_to_the_same_records_as_the_jsonl()
    {
        var payload = new ArrayBufferWriter<byte>();
        Assert.Null(SubscriptionEnvelope.TryDecode(RepoFiles.ReadEvent("metrics-subscription-event.json"), payload));
        var sink = new Collect();
        var (isControl, error) = SubscriptionPayload.Read(payload.WrittenSpan, sink, new ArrayBufferWriter<byte>());
        Assert.False(isControl);
        Assert.Null(error);
        Assert.Equal(File.ReadAllLines(RepoFiles.Event("bedrock-invocation-logs.jsonl")), sink.Messages);
    }

    [Fact]
    public void Control_message_is_recognised_and_yields_nothing()
    {
        var envelope = InvocationLogBuilder.SubscriptionEvent(["CWL CONTROL MESSAGE: Checking health of destination"], "CONTROL_MESSAGE");
        var payload = new ArrayBufferWriter<byte>();
        Assert.Null(SubscriptionEnvelope.TryDecode(Encoding.UTF8.GetBytes(envelope), payload));
        var sink = new Collect();
        Assert.True(SubscriptionPayload.Read(payload.WrittenSpan, sink, new ArrayBufferWriter<byte>()).IsControl);
        Assert.Empty(sink.Messages);
    }

    [Theory]
    [InlineData("""{"awslogs":{"data":"!!!not base64!!!"}}""", "base64")]
    [InlineData("""{"awslogs":{"data":"aGVsbG8gd29ybGQ="}}""", "gzip")]
    [InlineData("""{"Records":[]}""", "no awslogs.data")]
    [InlineData("""not json""", "not valid JSON")]
    public void Undecodable_envelopes_say_why(string json, string expected)
    {
        var error = SubscriptionEnvelope.TryDecode(Encoding.UTF8.GetBytes(json), new ArrayBufferWriter<byte>());
        Assert.NotNull(error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Gzip_of_non_json_is_reported_by_the_payload_reader()
    {
        var envelope = InvocationLogBuilder.Envelope(Encoding.UTF8.GetBytes("plain text"));
        var payload = new ArrayBufferWriter<byte>();
        Assert.Null(SubscriptionEnvelope.TryDecode(Encoding.UTF8.GetBytes(envelope), payload));
        Assert.NotNull(SubscriptionPayload.Read(payload.WrittenSpan, new Collect(), new ArrayBufferWriter<byte>()).Error);
    }

    [Fact]
    public void Escaped_slashes_in_base64_are_unescaped()
    {
        var envelope = InvocationLogBuilder.SubscriptionEvent([new InvocationLogBuilder().Build()]).Replace("/", "\\/");
        var payload = new ArrayBufferWriter<byte>();
        Assert.Null(SubscriptionEnvelope.TryDecode(Encoding.UTF8.GetBytes(envelope), payload));
        var sink = new Collect();
        SubscriptionPayload.Read(payload.WrittenSpan, sink, new ArrayBufferWriter<byte>());
        Assert.Single(sink.Messages);
    }
}
