using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace LlmWatch.Core.Records;

/// <summary>
/// Parses one invocation-log record in a single <see cref="Utf8JsonReader"/> pass. Bodies are skimmed only for
/// latency and the one-hour cache-write split; token counts come from the record itself, so they survive S3 offload.
/// One instance per thread (it caches repeated strings).
/// </summary>
public sealed class InvocationRecordParser
{
    private readonly Utf8StringCache _strings = new();
    private readonly byte[] _scratch = new byte[1024];

    public bool TryParse(ReadOnlySpan<byte> json, [NotNullWhen(true)] out InvocationRecord? record, out SkipReason reason)
    {
        record = null;
        var trimmed = json.Trim(" \t\r\n"u8);
        if (trimmed.IsEmpty || trimmed[0] != (byte)'{')
        {
            reason = SkipReason.NotJson;
            return false;
        }
        var fields = new RecordFields();
        try
        {
            var reader = new Utf8JsonReader(trimmed);
            reader.Read();
            reason = ReadRecord(ref reader, ref fields);
        }
        catch (JsonException)
        {
            reason = trimmed[^1] == (byte)'}' ? SkipReason.InvalidJson : SkipReason.Truncated;
            return false;
        }
        if (reason != SkipReason.None)
            return false;
        record = fields.ToRecord();
        return true;
    }

    private SkipReason ReadRecord(ref Utf8JsonReader reader, ref RecordFields f)
    {
        var wrongType = false;
        var notInvocationLog = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("modelId"u8)) f.ModelId = ReadString(ref reader, ref wrongType);
            else if (reader.ValueTextEquals("timestamp"u8)) f.Timestamp = ReadTimestamp(ref reader, ref wrongType);
            else if (reader.ValueTextEquals("identity"u8)) ReadIdentity(ref reader, ref f, ref wrongType);
            else if (reader.ValueTextEquals("input"u8)) ReadInput(ref reader, ref f, ref wrongType);
            else if (reader.ValueTextEquals("output"u8)) ReadOutput(ref reader, ref f, ref wrongType);
            else if (reader.ValueTextEquals("requestId"u8)) f.RequestId = ReadRawString(ref reader, ref wrongType);
            else if (reader.ValueTextEquals("operation"u8)) f.Operation = ReadString(ref reader, ref wrongType);
            else if (reader.ValueTextEquals("errorCode"u8)) f.ErrorCode = ReadString(ref reader, ref wrongType);
            else if (reader.ValueTextEquals("accountId"u8)) f.AccountId = ReadString(ref reader, ref wrongType);
            else if (reader.ValueTextEquals("region"u8)) f.Region = ReadString(ref reader, ref wrongType);
            else if (reader.ValueTextEquals("inferenceRegion"u8)) f.InferenceRegion = ReadString(ref reader, ref wrongType);
            else if (reader.ValueTextEquals("schemaType"u8))
            {
                reader.Read();
                notInvocationLog = reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals("ModelInvocationLog"u8);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject)
            throw new JsonException("record is not a JSON object");
        if (notInvocationLog) return SkipReason.NotInvocationLog;
        if (wrongType) return SkipReason.WrongFieldType;
        if (string.IsNullOrEmpty(f.ModelId)) return SkipReason.MissingModelId;
        if (f.Timestamp is null) return SkipReason.MissingTimestamp;
        return SkipReason.None;
    }

    private void ReadIdentity(ref Utf8JsonReader reader, ref RecordFields f, ref bool wrongType)
    {
        if (!EnterObject(ref reader, ref wrongType))
            return;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("arn"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    var name = CallerName.FromArn(Utf8(ref reader));
                    if (!name.IsEmpty)
                        f.Caller = _strings.Get(name);
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    wrongType = true;
                    reader.Skip();
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static void ReadInput(ref Utf8JsonReader reader, ref RecordFields f, ref bool wrongType)
    {
        if (!EnterObject(ref reader, ref wrongType))
            return;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("inputTokenCount"u8)) f.Input = ReadCount(ref reader, ref wrongType);
            else if (reader.ValueTextEquals("cacheReadInputTokenCount"u8)) f.CacheRead = ReadCount(ref reader, ref wrongType);
            else if (reader.ValueTextEquals("cacheWriteInputTokenCount"u8)) f.CacheWrite = ReadCount(ref reader, ref wrongType);
            else
            {
                var s3 = reader.ValueTextEquals("inputBodyS3Path"u8);
                reader.Read();
                f.InputInS3 |= s3 && reader.TokenType == JsonTokenType.String;
                reader.Skip();
            }
        }
    }

    private static void ReadOutput(ref Utf8JsonReader reader, ref RecordFields f, ref bool wrongType)
    {
        if (!EnterObject(ref reader, ref wrongType))
            return;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("outputTokenCount"u8)) f.Output = ReadCount(ref reader, ref wrongType);
            else if (reader.ValueTextEquals("outputBodyJson"u8))
            {
                reader.Read();
                OutputBodyScanner.Scan(ref reader, ref f.Body);
            }
            else
            {
                var s3 = reader.ValueTextEquals("outputBodyS3Path"u8);
                reader.Read();
                f.OutputInS3 |= s3 && reader.TokenType == JsonTokenType.String;
                reader.Skip();
            }
        }
    }

    private static bool EnterObject(ref Utf8JsonReader reader, ref bool wrongType)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
            return true;
        if (reader.TokenType != JsonTokenType.Null)
        {
            wrongType = true;
            reader.Skip();
        }
        return false;
    }

    private static long? ReadCount(ref Utf8JsonReader reader, ref bool wrongType)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) && value >= 0)
            return value;
        wrongType = true;
        reader.Skip();
        return null;
    }

    private static DateTimeOffset? ReadTimestamp(ref Utf8JsonReader reader, ref bool wrongType)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var at))
            return at.ToUniversalTime();
        if (reader.TokenType != JsonTokenType.Null)
            wrongType = true;
        reader.Skip();
        return null;
    }

    private string? ReadString(ref Utf8JsonReader reader, ref bool wrongType)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return _strings.Get(Utf8(ref reader));
        }
        if (reader.TokenType != JsonTokenType.Null)
        {
            wrongType = true;
            reader.Skip();
        }
        return null;
    }

    /// <summary>For per-record unique values (request ids), where caching would only waste memory.</summary>
    private static string? ReadRawString(ref Utf8JsonReader reader, ref bool wrongType)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
            return reader.GetString();
        if (reader.TokenType != JsonTokenType.Null)
        {
            wrongType = true;
            reader.Skip();
        }
        return null;
    }

    private ReadOnlySpan<byte> Utf8(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            return reader.ValueSpan;
        if (reader.ValueSpan.Length > _scratch.Length)
            return System.Text.Encoding.UTF8.GetBytes(reader.GetString()!);
        var written = reader.CopyString(_scratch);
        return _scratch.AsSpan(0, written);
    }
}
