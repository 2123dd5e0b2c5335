using System.Text.Json.Nodes;
using LlmWatch.Core.Templates;
using LlmWatch.TestKit;

namespace LlmWatch.Core.Tests.Templates;

/// <summary>
/// serverless.template as CloudFormation would deploy it: <c>Ref</c> and <c>Fn::Sub</c> of parameters (their defaults)
/// and of the per-model loop variable filled in, <c>Fn::ForEach</c> loops expanded for the models given.
/// </summary>
internal sealed class DeployedTemplate
{
    private readonly Dictionary<string, string> _values;

    public DeployedTemplate(params string[] models)
    {
        Root = JsonNode.Parse(File.ReadAllText(RepoFiles.Path("serverless.template")))!.AsObject();
        _values = TemplateParameters.Defaults(Root);
        _values["AWS::StackName"] = "llmwatch";
        _values["AWS::Region"] = "us-east-1";
        _values["AWS::AccountId"] = "444455556666";
        Models = models;
    }

    public JsonObject Root { get; }
    public IReadOnlyList<string> Models { get; }
    public IReadOnlyDictionary<string, string> ParameterValues => _values;

    /// <summary>Every resource of a type, keyed by logical id (per-model ones once per model), with the model it is for.</summary>
    public IEnumerable<(string Key, string? Model, JsonObject Properties)> Resources(string type)
    {
        foreach (var (key, value) in Root["Resources"]!.AsObject())
        {
            if (key.StartsWith("Fn::ForEach::", StringComparison.Ordinal))
            {
                var loop = value!.AsArray();
                var variable = loop[0]!.GetValue<string>();
                foreach (var model in Models)
                {
                    foreach (var (templateKey, resource) in loop[2]!.AsObject())
                    {
                        if (resource!["Type"]!.GetValue<string>() == type)
                            yield return (templateKey, model, Resolve(resource["Properties"]!, variable, model).AsObject());
                    }
                }
            }
            else if (value!["Type"]?.GetValue<string>() == type)
            {
                yield return (key, null, Resolve(value["Properties"]!, null, null).AsObject());
            }
        }
    }

    /// <summary>A copy with parameter and loop references replaced; other intrinsics are left as they are.</summary>
    private JsonNode Resolve(JsonNode node, string? variable, string? value)
    {
        string? Lookup(string name) => name == variable ? value : _values.GetValueOrDefault(name);
        switch (node)
        {
            case JsonObject { Count: 1 } o when o["Ref"] is JsonValue r && Lookup(r.GetValue<string>()) is { } v:
                return JsonValue.Create(v);
            case JsonObject { Count: 1 } o when o["Fn::Sub"] is JsonValue s:
                return JsonValue.Create(Cfn.Substitute(s.GetValue<string>(), Lookup));
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (k, child) in o)
                    copy[k] = child is null ? null : Resolve(child, variable, value);
                return copy;
            case JsonArray a:
                return new JsonArray([.. a.Select(child => child is null ? null : Resolve(child, variable, value))]);
            default:
                return node.DeepClone();
        }
    }
}
