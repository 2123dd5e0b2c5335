using System.Text.Json.Nodes;
using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Metrics.Schema;

namespace LlmWatch.Core.Templates;

/// <summary>Renders <see cref="AlarmModel"/> alarms as AWS::CloudWatch::Alarm / CompositeAlarm resources.</summary>
public static class AlarmResourceWriter
{
    public const string ModelLoop = "Fn::ForEach::LlmWatchModelAlarms";
    public const string ComponentLoop = "Fn::ForEach::LlmWatchInferenceComponentAlarms";

    public static void Write(AlarmModel model, JsonObject parameters, JsonObject conditions, JsonObject resources)
    {
        foreach (var p in model.Parameters)
        {
            var node = new JsonObject { ["Type"] = p.Type, ["Default"] = p.Default, ["Description"] = p.Description };
            if (p.MinValue is { } min) node["MinValue"] = min;
            parameters[p.Name] = node;
        }

        conditions[AlarmCatalog.HasSageMakerEndpoint] = Cfn.NotEmpty(Cfn.Ref(AlarmParameters.SageMakerEndpointName));
        conditions[AlarmCatalog.HasSageMakerInferenceComponents] =
            Cfn.NotEmpty(Cfn.Join("", Cfn.Ref(AlarmParameters.SageMakerInferenceComponentNames)));

        var perModel = new JsonObject();
        var perComponent = new JsonObject();
        foreach (var alarm in model.Alarms)
        {
            var target = alarm.Scope switch
            {
                AlarmScope.PerModel => perModel,
                AlarmScope.PerInferenceComponent => perComponent,
                _ => resources,
            };
            target[LogicalId(alarm.Key, alarm.Scope)] = Alarm(alarm, model.Options);
        }

        foreach (var composite in model.Composites)
        {
            var target = composite.Scope == AlarmScope.PerModel ? perModel : resources;
            target[LogicalId(composite.Key, composite.Scope)] = Composite(composite, model.Options.AlarmTopicLogicalId);
        }

        resources[ModelLoop] = Cfn.ForEach("ModelId", Cfn.Ref(AlarmParameters.ModelIds), perModel);
        resources[ComponentLoop] = Cfn.ForEach("ComponentName", Cfn.Ref(AlarmParameters.SageMakerInferenceComponentNames), perComponent);
    }

    /// <summary>Logical id inside the template; loops append the loop variable's alphanumerics.</summary>
    public static string LogicalId(string key, AlarmScope scope) => scope switch
    {
        AlarmScope.PerModel => $"{key}&{{ModelId}}",
        AlarmScope.PerInferenceComponent => $"{key}&{{ComponentName}}",
        _ => key,
    };

    /// <summary>The deployed alarm name (a Fn::Sub string).</summary>
    public static string AlarmName(string suffix, AlarmScope scope) => scope switch
    {
        AlarmScope.PerModel => $"${{AWS::StackName}}-{suffix}-${{ModelId}}",
        AlarmScope.PerInferenceComponent => $"${{AWS::StackName}}-{suffix}-${{ComponentName}}",
        _ => $"${{AWS::StackName}}-{suffix}",
    };

    public static string Description(AlarmSeverity severity, string summary, string runbook, string source) =>
        $"[{severity.ToString().ToUpperInvariant()}] {summary}. Runbook: {runbook} Threshold source: {source}";

    private static JsonObject Alarm(AlarmDefinition alarm, AlarmModelOptions options)
    {
        var topic = options.AlarmTopicLogicalId;
        var props = new JsonObject
        {
            ["AlarmName"] = Cfn.Sub(AlarmName(alarm.NameSuffix, alarm.Scope)),
            ["AlarmDescription"] = Description(alarm.Severity, alarm.Summary, alarm.Runbook, alarm.Source),
            ["ActionsEnabled"] = true,
            ["AlarmActions"] = new JsonArray(Cfn.Ref(topic)),
            ["OKActions"] = new JsonArray(Cfn.Ref(topic)),
            ["ComparisonOperator"] = alarm.Operator.ToString(),
            ["EvaluationPeriods"] = alarm.EvaluationPeriods,
            ["DatapointsToAlarm"] = alarm.DatapointsToAlarm,
            ["TreatMissingData"] = MissingDataName(alarm.TreatMissingData),
            ["Metrics"] = new JsonArray([.. alarm.Queries.Select(q => Query(q, options.NamespaceParameter))]),
        };
        if (alarm.Threshold.BandQueryId is { } band) props["ThresholdMetricId"] = band;
        else if (alarm.Threshold.Parameter is { } p) props["Threshold"] = Cfn.Ref(p);
        else props["Threshold"] = alarm.Threshold.Value!.Value;

        var resource = new JsonObject { ["Type"] = "AWS::CloudWatch::Alarm" };
        if (alarm.Condition is { } condition) resource["Condition"] = condition;
        resource["Properties"] = props;
        return resource;
    }

    private static JsonObject Composite(CompositeAlarmDefinition composite, string topic)
    {
        var variables = new JsonObject();
        var parts = new List<string>();
        for (var i = 0; i < composite.Children.Count; i++)
        {
            var name = $"Child{i}";
            // GetAtt makes CloudFormation create the children first; the composite rule must name existing alarms.
            variables[name] = Cfn.GetAtt(Cfn.Sub(LogicalId(composite.Children[i], composite.Scope)), "Arn");
            parts.Add($"ALARM(\"${{{name}}}\")");
        }
        var rule = string.Join(composite.Operator == CompositeOperator.And ? " AND " : " OR ", parts);
        return new JsonObject
        {
            ["Type"] = "AWS::CloudWatch::CompositeAlarm",
            ["Properties"] = new JsonObject
            {
                ["AlarmName"] = Cfn.Sub(AlarmName(composite.NameSuffix, composite.Scope)),
                ["AlarmDescription"] = Description(composite.Severity, composite.Summary, composite.Runbook, composite.Source),
                ["ActionsEnabled"] = true,
                ["AlarmActions"] = new JsonArray(Cfn.Ref(topic)),
                ["OKActions"] = new JsonArray(Cfn.Ref(topic)),
                ["AlarmRule"] = Cfn.Sub(rule, variables),
            },
        };
    }

    private static JsonObject Query(MetricQuery query, string? namespaceParameter)
    {
        var node = new JsonObject { ["Id"] = query.Id };
        if (query.Stat is { } stat)
        {
            node["MetricStat"] = new JsonObject
            {
                ["Metric"] = new JsonObject
                {
                    ["Namespace"] = stat.Namespace == MetricNamespaces.LlmWatch && namespaceParameter is not null
                        ? Cfn.Ref(namespaceParameter)
                        : JsonValue.Create(stat.Namespace),
                    ["MetricName"] = stat.MetricName,
                    ["Dimensions"] = new JsonArray([.. stat.Dimensions.Select(Dimension)]),
                },
                ["Period"] = stat.PeriodSeconds,
                ["Stat"] = stat.Stat,
            };
        }
        else
        {
            node["Expression"] = Cfn.SubIfNeeded(query.Expression!);
        }
        if (query.Label is { } label) node["Label"] = label;
        node["ReturnData"] = query.ReturnData;
        return node;
    }

    private static JsonObject Dimension(MetricDimension dimension) => new()
    {
        ["Name"] = dimension.Name,
        ["Value"] = dimension.Value.Kind switch
        {
            TemplateValueKind.Literal => JsonValue.Create(dimension.Value.Text),
            TemplateValueKind.ResourceAttribute => Cfn.GetAtt(dimension.Value.Text, dimension.Value.Attribute!),
            _ => Cfn.Ref(dimension.Value.Text),
        },
    };

    public static string MissingDataName(MissingDataTreatment treatment) => treatment switch
    {
        MissingDataTreatment.Missing => "missing",
        MissingDataTreatment.Breaching => "breaching",
        MissingDataTreatment.Ignore => "ignore",
        _ => "notBreaching",
    };
}
