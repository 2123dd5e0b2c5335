using System.Buffers;
using System.Text.Json;
using LlmWatch.Core.Ports;

namespace LlmWatch.Functions.Output;

/// <summary>Writes on-call events as one JSON line each (<c>{"timestamp","level","event",…fields}</c>).</summary>
internal sealed class OnCallLog(ILineSink sink, TimeProvider time) : IOnCallLog
{
    public void Write(string name, params (string Key, string? Value)[] fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", time.GetUtcNow());
            json.WriteString("level", name.EndsWith("malformed", StringComparison.Ordinal) ? "WARN" : "INFO");
            json.WriteString("event", name);
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
}
