using System.Text.Json.Nodes;
using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Metrics.Schema;

namespace LlmWatch.Core.Templates;

/// <summary>
/// Reads what the pipeline-health alarms watch from the template itself: its functions, its dead-letter queues (queues
/// another queue's RedrivePolicy points at) and the metrics-namespace parameter. Streams that add functions or queues
/// then only need <c>llmwatch template-sync</c>.
/// </summary>
public static class TemplateInventory
{
    public const string NamespaceParameter = MetricNamespaces.LlmWatchParameter;

    public static AlarmModelOptions Discover(JsonObject template)
    {
        var resources = (template["Resources"] as JsonObject ?? [])
            .Where(r => r.Value is JsonObject)
            .ToDictionary(r => r.Key, r => (JsonObject)r.Value!, StringComparer.Ordinal);
        var generated = GeneratedResources(template);
        var functions = resources
            .Where(r => !generated.Contains(r.Key) && r.Value["Type"]?.GetValue<string>() is "AWS::Serverless::Function" or "AWS::Lambda::Function")
            .Select(r => r.Key)
            .ToList();
        var deadLetterQueues = resources
            .Select(r => r.Value["Properties"]?["RedrivePolicy"]?["deadLetterTargetArn"]?["Fn::GetAtt"]?[0]?.GetValue<string>())
            .OfType<string>()
            .Where(resources.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var hasNamespace = template["Parameters"] is JsonObject p && p.ContainsKey(NamespaceParameter);
        return new AlarmModelOptions(functions, deadLetterQueues, NamespaceParameter: hasNamespace ? NamespaceParameter : null);
    }

    private static HashSet<string> GeneratedResources(JsonObject template) =>
        template["Metadata"]?[TemplateSync.MetadataKey]?["Resources"] is JsonArray keys
            ? [.. keys.Select(k => k!.GetValue<string>())]
            : [];
}
