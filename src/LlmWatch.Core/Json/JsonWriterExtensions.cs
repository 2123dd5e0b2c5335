using System.Globalization;
using System.Text.Json;

namespace LlmWatch.Core.Json;

/// <summary>The shapes every hand-written JSON document here repeats: arrays of objects, count maps, nullable strings.</summary>
public static class JsonWriterExtensions
{
    /// <summary>Writes <c>"name": [{…}, …]</c>, one object per item with the fields <paramref name="writeFields"/> writes.</summary>
    public static void WriteObjectArray<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeFields)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writeFields(writer, item);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes <c>"name": {"key": count, …}</c> in the order given.</summary>
    public static void WriteCounts(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, long>> counts)
    {
        writer.WriteStartObject(name);
        foreach (var (key, count) in counts)
            writer.WriteNumber(key, count);
        writer.WriteEndObject();
    }

    /// <summary>Writes the string, or JSON <c>null</c> when there is none.</summary>
    public static void WriteStringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
            writer.WriteNull(name);
        else
            writer.WriteString(name, value);
    }

    /// <summary>Writes the number, or JSON <c>null</c> when there is none.</summary>
    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
            writer.WriteNumber(name, v);
        else
            writer.WriteNull(name);
    }

    /// <summary>
    /// Writes the number as a plain decimal rounded to <paramref name="decimals"/> places (at most 15), never in exponent
    /// notation: the default double formatting writes small costs as <c>9E-06</c>, which people and many tools misread.
    /// </summary>
    public static void WritePlainDecimal(this Utf8JsonWriter writer, string name, double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 15);
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "not a finite number");
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        writer.WritePropertyName(name);
        writer.WriteRawValue(rounded.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
