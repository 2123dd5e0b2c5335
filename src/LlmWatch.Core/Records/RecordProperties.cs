using System.Text.Json;

namespace LlmWatch.Core.Records;

/// <summary>The record properties the parser reads.</summary>
internal enum RecordProperty
{
    Other, ModelId, Timestamp, Identity, Input, Output, RequestId, Operation, ErrorCode, AccountId, Region,
    InferenceRegion, SchemaType, InputTokenCount, CacheReadInputTokenCount, CacheWriteInputTokenCount, InputBodyS3Path,
    OutputTokenCount, OutputBodyJson, OutputBodyS3Path,
}

/// <summary>Names a property token with one length switch and at most two comparisons (the hot path sees ~20 per record).</summary>
internal static class RecordProperties
{
    public static RecordProperty Identify(ref Utf8JsonReader reader)
    {
        return reader.ValueIsEscaped || reader.HasValueSequence
            ? Identify(System.Text.Encoding.UTF8.GetBytes(reader.GetString()!))
            : Identify(reader.ValueSpan);
    }

    public static RecordProperty Identify(ReadOnlySpan<byte> name)
    {
        return name.Length switch
        {
            5 => Is(name, "input"u8, RecordProperty.Input),
            6 => Is(name, "output"u8, RecordProperty.Output, "region"u8, RecordProperty.Region),
            7 => Is(name, "modelId"u8, RecordProperty.ModelId),
            8 => Is(name, "identity"u8, RecordProperty.Identity),
            9 => name[0] switch
            {
                (byte)'t' => Is(name, "timestamp"u8, RecordProperty.Timestamp),
                (byte)'r' => Is(name, "requestId"u8, RecordProperty.RequestId),
                (byte)'o' => Is(name, "operation"u8, RecordProperty.Operation),
                (byte)'e' => Is(name, "errorCode"u8, RecordProperty.ErrorCode),
                (byte)'a' => Is(name, "accountId"u8, RecordProperty.AccountId),
                _ => RecordProperty.Other,
            },
            10 => Is(name, "schemaType"u8, RecordProperty.SchemaType),
            14 => Is(name, "outputBodyJson"u8, RecordProperty.OutputBodyJson),
            15 => Is(name, "inferenceRegion"u8, RecordProperty.InferenceRegion, "inputTokenCount"u8, RecordProperty.InputTokenCount, "inputBodyS3Path"u8, RecordProperty.InputBodyS3Path),
            16 => Is(name, "outputTokenCount"u8, RecordProperty.OutputTokenCount, "outputBodyS3Path"u8, RecordProperty.OutputBodyS3Path),
            24 => Is(name, "cacheReadInputTokenCount"u8, RecordProperty.CacheReadInputTokenCount),
            25 => Is(name, "cacheWriteInputTokenCount"u8, RecordProperty.CacheWriteInputTokenCount),
            _ => RecordProperty.Other,
        };
    }

    private static RecordProperty Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> a, RecordProperty pa) =>
        name.SequenceEqual(a) ? pa : RecordProperty.Other;

    private static RecordProperty Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> a, RecordProperty pa, ReadOnlySpan<byte> b, RecordProperty pb) =>
        name.SequenceEqual(a) ? pa : name.SequenceEqual(b) ? pb : RecordProperty.Other;

    private static RecordProperty Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> a, RecordProperty pa, ReadOnlySpan<byte> b, RecordProperty pb, ReadOnlySpan<byte> c, RecordProperty pc) =>
        name.SequenceEqual(a) ? pa : name.SequenceEqual(b) ? pb : name.SequenceEqual(c) ? pc : RecordProperty.Other;
}
