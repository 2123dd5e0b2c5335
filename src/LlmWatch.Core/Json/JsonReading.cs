using System.Text.Json;

namespace LlmWatch.Core.Json;

/// <summary>Small steps shared by the hand-written <see cref="Utf8JsonReader"/> readers of configuration files (prices, schedules).</summary>
internal static class JsonReading
{
    /// <summary>Advances to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = "";
            return false;
        }
        name = reader.GetString()!;
        return true;
    }

    /// <summary>How a token reads in an error message: "an object", "a string", …</summary>
    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };
}
