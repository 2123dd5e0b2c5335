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

    /// <summary>A string for Fn::Sub when it holds <c>${...}</c>, else the plain string.</summary>
    public static JsonNode SubIfNeeded(string text) =>
        text.Contains("${", StringComparison.Ordinal) ? Sub(text) : JsonValue.Create(text);
}
