using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Metrics.Schema;

namespace LlmWatch.Core.Dashboards;

/// <summary>Values for a dashboard body's <c>${...}</c> references outside CloudFormation (CLI output, Grafana).</summary>
public static class DashboardValues
{
    public static Dictionary<string, string> For(AlarmModel model, string region, string stackName, string accountId,
        IReadOnlyDictionary<string, string>? overrides = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWS::Region"] = region,
            ["AWS::StackName"] = stackName,
            ["AWS::AccountId"] = accountId,
        };
        foreach (var p in model.Parameters) values[p.Name] = p.Default;
        if (model.Options.NamespaceParameter is { } ns) values[ns] = MetricNamespaces.LlmWatch;
        foreach (var f in model.Options.FunctionLogicalIds) values[f] = $"{stackName}-{f}";
        if (overrides is not null)
        {
            foreach (var (k, v) in overrides) values[k] = v;
        }
        return values;
    }
}
