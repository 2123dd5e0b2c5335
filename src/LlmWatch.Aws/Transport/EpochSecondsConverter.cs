using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmWatch.Aws.Transport;

/// <summary>
/// AWS JSON protocols carry timestamps as epoch seconds in a JSON number (fraction allowed). Writes whole seconds
/// when there is no sub-second part; reads numbers, and ISO-8601 strings as a courtesy.
/// </summary>
internal sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt64(out var whole)
                ? DateTimeOffset.FromUnixTimeSeconds(whole)
                : DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(reader.GetDouble() * 1000));
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
            }

            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        }

        throw new JsonException($"expected epoch seconds, got {reader.TokenType}");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var milliseconds = value.ToUnixTimeMilliseconds();
        if (milliseconds % 1000 == 0)
        {
            writer.WriteNumberValue(milliseconds / 1000);
        }
        else
        {
            Span<byte> buffer = stackalloc byte[32];
            Utf8Formatter.TryFormat(milliseconds / 1000m, buffer, out var written);
            writer.WriteRawValue(buffer[..written], skipInputValidation: true);
        }
    }
}
