using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LlmWatch.TestKit;

/// <summary>Builds real-shaped invocation-log records (Converse by default) and subscription events for tests.</summary>
public sealed class InvocationLogBuilder
{
    private DateTimeOffset _at = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    private string _model = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    private string _role = "checkout-api";
    private string _operation = "Converse";
    private long _input = 100, _output = 50, _cacheRead, _cacheWrite;
    private double? _latency = 1000;
    private string? _errorCode;
    private string _requestId = Guid.NewGuid().ToString();

    public InvocationLogBuilder At(DateTimeOffset at) { _at = at; return this; }
    public InvocationLogBuilder Model(string model) { _model = model; return this; }
    public InvocationLogBuilder Role(string role) { _role = role; return this; }
    public InvocationLogBuilder Operation(string operation) { _operation = operation; return this; }
    public InvocationLogBuilder Tokens(long input, long output, long cacheRead = 0, long cacheWrite = 0)
    {
        (_input, _output, _cacheRead, _cacheWrite) = (input, output, cacheRead, cacheWrite);
        return this;
    }
    public InvocationLogBuilder Latency(double? ms) { _latency = ms; return this; }
    public InvocationLogBuilder Error(string? code) { _errorCode = code; return this; }
    public InvocationLogBuilder RequestId(string id) { _requestId = id; return this; }

    /// <summary>The record as one JSON line (no newline).</summary>
    public string Build()
    {
        var output = new JsonObject { ["outputContentType"] = "application/json", ["outputTokenCount"] = _output };
        if (_errorCode is null)
        {
            var body = new JsonObject
            {
                ["output"] = new JsonObject { ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = new JsonArray(new JsonObject { ["text"] = "ok" }) } },
                ["stopReason"] = "end_turn",
                ["usage"] = new JsonObject { ["inputTokens"] = _input, ["outputTokens"] = _output, ["totalTokens"] = _input + _output + _cacheRead + _cacheWrite },
            };
            if (_latency is { } ms)
                body["metrics"] = new JsonObject { ["latencyMs"] = ms };
            output["outputBodyJson"] = body;
        }
        var record = new JsonObject
        {
            ["schemaType"] = "ModelInvocationLog",
            ["schemaVersion"] = "1.0",
            ["timestamp"] = _at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["accountId"] = "444455556666",
            ["identity"] = new JsonObject { ["arn"] = $"arn:aws:sts::444455556666:assumed-role/{_role}/session-{_requestId[..8]}" },
            ["region"] = "us-east-1",
            ["requestId"] = _requestId,
            ["operation"] = _operation,
            ["modelId"] = _model,
            ["input"] = new JsonObject
            {
                ["inputContentType"] = "application/json",
                ["inputBodyJson"] = new JsonObject { ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = new JsonArray(new JsonObject { ["text"] = "hello" }) }) },
                ["inputTokenCount"] = _input,
                ["cacheReadInputTokenCount"] = _cacheRead,
                ["cacheWriteInputTokenCount"] = _cacheWrite,
            },
            ["output"] = output,
        };
        if (_errorCode is not null)
            record["errorCode"] = _errorCode;
        _requestId = Guid.NewGuid().ToString();
        return record.ToJsonString();
    }

    /// <summary>Wraps record lines the way CloudWatch Logs delivers them to a subscribed Lambda.</summary>
    public static string SubscriptionEvent(IEnumerable<string> messages, string messageType = "DATA_MESSAGE", long firstEventMs = 1_777_885_200_000)
    {
        var events = new JsonArray();
        var i = 0;
        foreach (var message in messages)
        {
            events.Add(new JsonObject { ["id"] = (37_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture), ["timestamp"] = firstEventMs + i, ["message"] = message });
            i++;
        }
        var payload = new JsonObject
        {
            ["messageType"] = messageType,
            ["owner"] = "444455556666",
            ["logGroup"] = "/aws/bedrock/modelinvocations",
            ["logStream"] = "aws/bedrock/modelinvocations",
            ["subscriptionFilters"] = new JsonArray("llmwatch-metrics"),
            ["logEvents"] = events,
        };
        return Envelope(Encoding.UTF8.GetBytes(payload.ToJsonString()));
    }

    /// <summary>base64(gzip(payload)) inside <c>{"awslogs":{"data":…}}</c>.</summary>
    public static string Envelope(byte[] payload)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(payload);
        return JsonSerializer.Serialize(new JsonObject { ["awslogs"] = new JsonObject { ["data"] = Convert.ToBase64String(buffer.ToArray()) } });
    }
}
