using System.Text;
using System.Text.Json.Nodes;

namespace LlmWatch.Core.Templates;

/// <summary>CloudFormation intrinsic functions as JSON nodes.</summary>
public static class Cfn
{
    public static JsonObject Ref(string name) => new() { ["Ref"] = name };

    public static JsonObject Sub(string text) => new() { ["Fn::Sub"] = text };

    public static JsonObject Sub(string text, JsonObject variables) => new() { ["Fn::Sub"] = new JsonArray(text, variables) };

    public static JsonObject GetAtt(string logicalId, string attribute) =>
        new() { ["Fn::GetAtt"] = new JsonArray(logicalId, attribute) };

    public static JsonObject GetAtt(JsonNode logicalId, string attribute) =>
        new() { ["Fn::GetAtt"] = new JsonArray(logicalId, attribute) };

    public static JsonObject If(string condition, JsonNode whenTrue, JsonNode whenFalse) =>
        new() { ["Fn::If"] = new JsonArray(condition, whenTrue, whenFalse) };

    public static JsonObject NotEmpty(JsonNode value) =>
        new() { ["Fn::Not"] = new JsonArray(new JsonObject { ["Fn::Equals"] = new JsonArray(value, "") }) };

    public static JsonObject Join(string separator, JsonNode list) =>
        new() { ["Fn::Join"] = new JsonArray(separator, list) };

    /// <summary><c>Fn::ForEach::Name</c> value: [identifier, collection, outputs].</summary>
    public static JsonArray ForEach(string identifier, JsonNode collection, JsonObject outputs) =>
        new(identifier, collection, outputs);

    /// <summary>Replaces each <c>${Name}</c> as Fn::Sub does, with <paramref name="value"/>'s text; a name it has no value for stays as written.</summary>
    public static string Substitute(string text, Func<string, string?> value)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start);
            if (end < 0)
            {
                sb.Append(text, i, text.Length - i);
                break;
            }
            var name = text.Substring(start + 2, end - start - 2);
            sb.Append(text, i, start - i).Append(value(name) ?? text.Substring(start, end - start + 1));
            i = end + 1;
        }
        return sb.ToString();
    }

    /// <summary>A string for Fn::Sub when it holds <c>${...}</c>, else the plain string.</summary>
    public static JsonNode SubIfNeeded(string text) =>
        text.Contains("${", StringComparison.Ordinal) ? Sub(text) : JsonValue.Create(text);
}
