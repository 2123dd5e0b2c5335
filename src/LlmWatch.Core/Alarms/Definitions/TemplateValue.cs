namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>A dimension value: a literal, a loop variable, or a reference resolved by CloudFormation.</summary>
public sealed record TemplateValue(TemplateValueKind Kind, string Text, string? Attribute = null)
{
    public static TemplateValue Literal(string text) => new(TemplateValueKind.Literal, text);
    public static TemplateValue Model { get; } = new(TemplateValueKind.ModelId, "ModelId");
    public static TemplateValue Component { get; } = new(TemplateValueKind.InferenceComponent, "ComponentName");
    public static TemplateValue Parameter(string name) => new(TemplateValueKind.Parameter, name);
    public static TemplateValue Ref(string logicalId) => new(TemplateValueKind.ResourceRef, logicalId);
    public static TemplateValue GetAtt(string logicalId, string attribute) => new(TemplateValueKind.ResourceAttribute, logicalId, attribute);
}
