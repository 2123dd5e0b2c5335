using System.Buffers;
using System.Text.Json;

namespace LlmWatch.Functions.Output;

/// <summary>Structured JSON log lines (one per event) for the function's own diagnostics.</summary>
internal sealed class FunctionLog(ILineSink sink, TimeProvider time)
{
    public void Info(string message, string? requestId = null) => Write("INFO", message, requestId, null, null);

    public void Warn(string message, string? requestId, string? errorType, string? detail) =>
        Write("WARN", message, requestId, errorType, detail);

    public void Error(string message, string? requestId, string? errorType, string? detail) =>
        Write("ERROR", message, requestId, errorType, detail);

    private void Write(string level, string message, string? requestId, string? errorType, string? detail)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", time.GetUtcNow());
            json.WriteString("level", level);
            json.WriteString("message", message);
            if (requestId is not null)
                json.WriteString("requestId", requestId);
            if (errorType is not null)
                json.WriteString("errorType", errorType);
            if (detail is not null)
                json.WriteString("detail", detail);
            json.WriteEndObject();
        }
        sink.WriteLine(buffer.WrittenSpan);
    }
}
