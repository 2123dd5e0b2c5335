using System.Text.Json.Nodes;
using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Dashboards;

namespace LlmWatch.Core.Templates;

/// <summary>Builds the generated part of serverless.template from the alarm and dashboard models.</summary>
public static class TemplateFragmentBuilder
{
    public static TemplateFragment Build(AlarmModel alarms, IReadOnlyList<DashboardDefinition> dashboards)
    {
        var parameters = new JsonObject();
        var conditions = new JsonObject();
        var resources = new JsonObject();
        AlarmResourceWriter.Write(alarms, parameters, conditions, resources);
        DashboardResourceWriter.Write(dashboards, resources);
        var outputs = new JsonObject();
        foreach (var d in dashboards)
        {
            outputs[$"{d.LogicalId}Url"] = new JsonObject
            {
                ["Description"] = $"{d.Title} dashboard",
                ["Value"] = Cfn.Sub($"https://${{AWS::Region}}.console.aws.amazon.com/cloudwatch/home?region=${{AWS::Region}}#dashboards:name=${{{d.LogicalId}}}"),
            };
        }
        var ensured = new JsonObject
        {
            [alarms.Options.AlarmTopicLogicalId] = new JsonObject
            {
                ["Type"] = "AWS::SNS::Topic",
                ["Properties"] = new JsonObject { ["DisplayName"] = "LlmWatch alarms" },
            },
        };
        var owned = new Dictionary<string, JsonObject>(StringComparer.Ordinal)
        {
            ["Parameters"] = parameters,
            ["Conditions"] = conditions,
            ["Resources"] = resources,
            ["Outputs"] = outputs,
        };
        return new TemplateFragment(owned, ensured);
    }

    /// <summary>The fragment for a template, watching the functions and queues it defines.</summary>
    public static TemplateFragment For(JsonObject template)
    {
        var alarms = AlarmCatalog.Create(TemplateInventory.Discover(template));
        return Build(alarms, DashboardCatalog.Create(alarms));
    }

    /// <summary>The fragment for a template without functions or queues of its own.</summary>
    public static TemplateFragment Default()
    {
        var alarms = AlarmCatalog.Create();
        return Build(alarms, DashboardCatalog.Create(alarms));
    }
}
