using System.Buffers;
using System.Buffers.Text;
using System.IO.Compression;
using System.Text.Json;

namespace LlmWatch.Core.Records;

/// <summary>Decodes the CloudWatch Logs subscription envelope <c>{"awslogs":{"data":base64(gzip(json))}}</c>.</summary>
public static class SubscriptionEnvelope
{
    /// <summary>Quick check whether a JSON document's first property is <c>awslogs</c>.</summary>
    public static bool LooksLikeEnvelope(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject && reader.Read()
                && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("awslogs"u8);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Writes the decompressed payload JSON to <paramref name="payload"/>; returns an error text or null.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> eventJson, ArrayBufferWriter<byte> payload)
    {
        byte[]? rented = null;
        try
        {
            var reader = new Utf8JsonReader(eventJson);
            if (!FindData(ref reader))
                return "event is not a subscription envelope: no awslogs.data string";
            var maxDecoded = Base64.GetMaxDecodedFromUtf8Length(reader.ValueSpan.Length);
            rented = ArrayPool<byte>.Shared.Rent(Math.Max(maxDecoded, reader.ValueSpan.Length));
            ReadOnlySpan<byte> base64 = reader.ValueSpan;
            if (reader.ValueIsEscaped)
                base64 = rented.AsSpan(0, reader.CopyString(rented));
            var status = Base64.DecodeFromUtf8InPlace(rented.AsSpan(0, CopyIfNeeded(base64, rented)), out var decodedLength);
            if (status != OperationStatus.Done)
                return "awslogs.data is not valid base64";
            return Gunzip(rented, decodedLength, payload);
        }
        catch (JsonException)
        {
            return "event is not valid JSON";
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int CopyIfNeeded(ReadOnlySpan<byte> source, byte[] target)
    {
        if (!source.Overlaps(target))
            source.CopyTo(target);
        return source.Length;
    }

    private static bool FindData(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isAwsLogs = reader.ValueTextEquals("awslogs"u8);
            reader.Read();
            if (!isAwsLogs || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isData = reader.ValueTextEquals("data"u8);
                reader.Read();
                if (isData)
                    return reader.TokenType == JsonTokenType.String;
                reader.Skip();
            }
            return false;
        }
        return false;
    }

    /// <summary>Decompresses the first <paramref name="length"/> bytes of the rented buffer, read in place.</summary>
    private static string? Gunzip(byte[] compressed, int length, ArrayBufferWriter<byte> payload)
    {
        if (length < 2 || compressed[0] != 0x1f || compressed[1] != 0x8b)
            return "awslogs.data is not gzip";
        try
        {
            using var input = new MemoryStream(compressed, 0, length, writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            int read;
            while ((read = gzip.Read(payload.GetSpan(64 * 1024))) > 0)
                payload.Advance(read);
            return null;
        }
        catch (InvalidDataException)
        {
            return "awslogs.data is not valid gzip";
        }
    }
}
