using System.Text.Json.Nodes;

namespace LlmWatch.Core.Templates;

/// <summary>The part of serverless.template generated from the alarm and dashboard models.</summary>
/// <param name="Owned">Section name (Parameters, Conditions, Resources, Outputs) to entries this generator owns.</param>
/// <param name="Ensured">Resources that must exist but that another part of the template may define (AlarmTopic).</param>
public sealed record TemplateFragment(IReadOnlyDictionary<string, JsonObject> Owned, JsonObject Ensured)
{
    public static readonly string[] Sections = ["Parameters", "Conditions", "Resources", "Outputs"];

    /// <summary>Template transforms the fragment needs (Fn::ForEach needs the language extensions, first).</summary>
    public static readonly string[] Transforms = ["AWS::LanguageExtensions", "AWS::Serverless-2016-10-31"];
}
