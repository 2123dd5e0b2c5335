using System.Text.Json.Nodes;
using LlmWatch.Core.Templates;

namespace LlmWatch.Core.Dashboards;

/// <summary>Renders dashboards as AWS::CloudWatch::Dashboard resources whose bodies go through Fn::Sub.</summary>
public static class DashboardResourceWriter
{
    public static void Write(IEnumerable<DashboardDefinition> dashboards, JsonObject resources)
    {
        foreach (var d in dashboards)
        {
            JsonNode body = d.Condition is { } condition && d.ConditionalWidgets is { Count: > 0 }
                ? Cfn.If(condition, Cfn.Sub(CloudWatchDashboardRenderer.Render(d, true)), Cfn.Sub(CloudWatchDashboardRenderer.Render(d, false)))
                : Cfn.Sub(CloudWatchDashboardRenderer.Render(d, false));
            resources[d.LogicalId] = new JsonObject
            {
                ["Type"] = "AWS::CloudWatch::Dashboard",
                ["Properties"] = new JsonObject
                {
                    ["DashboardName"] = Cfn.Sub($"${{AWS::StackName}}-{d.NameSuffix}"),
                    ["DashboardBody"] = body,
                },
            };
        }
    }
}
