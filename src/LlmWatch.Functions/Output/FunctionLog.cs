using System.Buffers;
using System.Text.Json;
using LlmWatch.Core.Ports;
using LlmWatch.Functions.RuntimeApi;

namespace LlmWatch.Functions.Output;

/// <summary>
/// The one structured log of every handler: each event is one JSON line
/// <c>{"timestamp","level","event","requestId","traceId",…fields}</c>. The request id and trace id are those of the
/// invocation the event belongs to (absent at start-up); they flow with the async context, so work an invocation
/// started still logs under it.
/// </summary>
internal sealed class FunctionLog(ILineSink sink, TimeProvider time) : IEventLog
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false };
    private readonly AsyncLocal<InvocationContext?> _invocation = new();

    /// <summary>Attributes every event until the returned scope ends to <paramref name="context"/>.</summary>
    public InvocationScope Begin(InvocationContext context)
    {
        var previous = _invocation.Value;
        _invocation.Value = context;
        return new InvocationScope(this, previous);
    }

    public void Write(LogLevel level, string eventName, params ReadOnlySpan<(string Key, string? Value)> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", time.GetUtcNow());
            json.WriteString("level", LevelName(level));
            json.WriteString("event", eventName);
            if (_invocation.Value is { } invocation)
            {
                json.WriteString("requestId", invocation.RequestId);
                if (TraceHeader.RootOf(invocation.TraceId) is { } traceId)
                    json.WriteString("traceId", traceId);
            }
            foreach (var (key, value) in fields)
            {
                if (value is null)
                    json.WriteNull(key);
                else
                    json.WriteString(key, value);
            }
            json.WriteEndObject();
        }
        sink.WriteLine(buffer.WrittenSpan);
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Warn => "WARN",
        LogLevel.Error => "ERROR",
        _ => "INFO",
    };

    /// <summary>Ends an invocation's attribution (restores what was current before).</summary>
    internal readonly struct InvocationScope(FunctionLog log, InvocationContext? previous) : IDisposable
    {
        public void Dispose() => log._invocation.Value = previous;
    }
}
