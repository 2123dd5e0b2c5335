using System.Text.Json;
using LlmWatch.Core.Json;

namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>
/// Reading helpers for <see cref="ScheduleReader"/>: each reads one value, and on a value of the wrong kind records
/// an error at its path and skips it, so one bad field never hides the next.
/// </summary>
internal static class ScheduleJson
{
    /// <summary>Advances to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name) => JsonReading.NextProperty(ref reader, out name);

    /// <summary>
    /// Advances to the next element of an array; false at its end. An element that is not an object is recorded
    /// and skipped, with <paramref name="isObject"/> false.
    /// </summary>
    public static bool NextElement(ref Utf8JsonReader reader, string path, string what, List<ScheduleError> errors, out bool isObject)
    {
        reader.Read();
        isObject = reader.TokenType == JsonTokenType.StartObject;
        if (reader.TokenType == JsonTokenType.EndArray)
            return false;
        if (!isObject)
        {
            errors.Add(new ScheduleError(path, $"expected {what}, found {Describe(reader.TokenType)}"));
            reader.Skip();
        }
        return true;
    }

    /// <summary>Records each of <paramref name="required"/> that the object did not have.</summary>
    public static void Require(IReadOnlySet<string> seen, string path, List<ScheduleError> errors, params string[] required)
    {
        foreach (var name in required)
        {
            if (!seen.Contains(name))
                errors.Add(new ScheduleError(path, $"missing \"{name}\""));
        }
    }

    /// <summary>Reads the next value; true when it is a <paramref name="type"/>, else records the error and skips it.</summary>
    public static bool Expect(ref Utf8JsonReader reader, JsonTokenType type, string path, string what, List<ScheduleError> errors)
    {
        reader.Read();
        if (reader.TokenType == type)
            return true;
        errors.Add(new ScheduleError(path, $"expected {what}, found {Describe(reader.TokenType)}"));
        reader.Skip();
        return false;
    }

    public static string? String(ref Utf8JsonReader reader, string path, List<ScheduleError> errors)
    {
        if (!Expect(ref reader, JsonTokenType.String, path, "a string", errors))
            return null;
        var value = reader.GetString()!;
        if (value.Trim().Length == 0)
        {
            errors.Add(new ScheduleError(path, "must not be empty"));
            return null;
        }
        return value;
    }

    public static int? Int(ref Utf8JsonReader reader, string path, List<ScheduleError> errors)
    {
        if (!Expect(ref reader, JsonTokenType.Number, path, "a whole number", errors))
            return null;
        if (reader.TryGetInt32(out var value))
            return value;
        errors.Add(new ScheduleError(path, "expected a whole number"));
        return null;
    }

    /// <summary>An array of strings, each with its own path (<c>path[i]</c>); null when the value is not an array.</summary>
    public static List<(string Value, string Path)>? Strings(ref Utf8JsonReader reader, string path, List<ScheduleError> errors)
    {
        if (!Expect(ref reader, JsonTokenType.StartArray, path, "an array of strings", errors))
            return null;
        var list = new List<(string, string)>();
        for (var i = 0; ; i++)
        {
            var itemPath = $"{path}[{i}]";
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
                return list;
            if (reader.TokenType != JsonTokenType.String)
            {
                errors.Add(new ScheduleError(itemPath, $"expected a string, found {Describe(reader.TokenType)}"));
                reader.Skip();
                continue;
            }
            list.Add((reader.GetString()!, itemPath));
        }
    }

    /// <summary>Records an unknown property (naming the ones that are known) and skips its value.</summary>
    public static void Unknown(ref Utf8JsonReader reader, string path, string name, string expected, List<ScheduleError> errors)
    {
        errors.Add(new ScheduleError(path, $"unknown property \"{name}\" (expected {expected})"));
        reader.Read();
        reader.Skip();
    }

    public static void Ignore(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    public static string Describe(JsonTokenType type) => JsonReading.Describe(type);
}
