using LlmWatch.Core.Metrics.Schema;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Alarms.Definitions;

public static partial class AlarmCatalog
{
    private const string PipelineNote = "watches LlmWatch's own functions and queues, not invocation logs";

    private static IEnumerable<AlarmDefinition> PipelineAlarms(AlarmModelOptions options)
    {
        foreach (var function in options.FunctionLogicalIds)
        {
            var dims = new MetricDimension[] { new(MetricDimensions.FunctionName, TemplateValue.Ref(function)) };
            yield return new AlarmDefinition
            {
                Key = $"{function}Errors",
                NameSuffix = $"{Kebab(function)}-errors",
                Scope = AlarmScope.Global,
                Severity = AlarmSeverity.Warning,
                Summary = $"{function} reported invocation errors in the last 5 minutes",
                Runbook = $"Open the {function} log group and search for the structured error line; a deploy or a " +
                    "malformed input usually explains it. Metrics for that window may be missing.",
                Queries = [MetricQuery.Metric("errors", Stat(S.Lambda.Errors, "Sum", 300, dims), returnData: true)],
                Operator = ComparisonOperator.GreaterThanThreshold,
                Threshold = AlarmThreshold.Fixed(0),
                Source = SeedSources.Pipeline,
                NotBacktestable = PipelineNote,
            };
            yield return new AlarmDefinition
            {
                Key = $"{function}Throttles",
                NameSuffix = $"{Kebab(function)}-throttles",
                Scope = AlarmScope.Global,
                Severity = AlarmSeverity.Warning,
                Summary = $"{function} was throttled by Lambda in the last 5 minutes",
                Runbook = "Lambda concurrency is exhausted: check the account's concurrent executions and the function's " +
                    "reserved concurrency; a log-volume spike can cause it.",
                Queries = [MetricQuery.Metric("throttles", Stat(S.Lambda.Throttles, "Sum", 300, dims), returnData: true)],
                Operator = ComparisonOperator.GreaterThanThreshold,
                Threshold = AlarmThreshold.Fixed(0),
                Source = SeedSources.Pipeline,
                NotBacktestable = PipelineNote,
            };
        }

        foreach (var queue in options.DeadLetterQueueLogicalIds)
        {
            var dims = new MetricDimension[] { new(MetricDimensions.QueueName, TemplateValue.GetAtt(queue, "QueueName")) };
            yield return new AlarmDefinition
            {
                Key = $"{queue}Depth",
                NameSuffix = $"{Kebab(queue)}-depth",
                Scope = AlarmScope.Global,
                Severity = AlarmSeverity.Warning,
                Summary = $"{queue} holds messages that failed processing",
                Runbook = "Messages gave up after their retries. Read one from the queue, fix the cause, then redrive " +
                    "(SQS console: Start DLQ redrive).",
                Queries = [MetricQuery.Metric("depth", Stat(S.Sqs.ApproximateNumberOfMessagesVisible, "Maximum", 300, dims), returnData: true)],
                Operator = ComparisonOperator.GreaterThanThreshold,
                Threshold = AlarmThreshold.Fixed(0),
                Source = SeedSources.Pipeline,
                NotBacktestable = PipelineNote,
            };
        }

        yield return new AlarmDefinition
        {
            Key = "UnpricedTokens",
            NameSuffix = "unpriced-tokens",
            Scope = AlarmScope.Global,
            Severity = AlarmSeverity.Warning,
            Summary = "Tokens of a model with no price were seen in the last hour (cost figures are too low)",
            Runbook = "A model id is missing from the price table. Find it with the Logs Insights query in the page, add " +
                "it to the price override file and redeploy.",
            Queries = [MetricQuery.Metric("unpriced", Stat(S.UnpricedTokens, "Sum", 3600), returnData: true)],
            Operator = ComparisonOperator.GreaterThanThreshold,
            Threshold = AlarmThreshold.Fixed(0),
            Source = SeedSources.Unpriced,
        };
    }

    /// <summary>PascalCase to kebab-case, keeping acronyms together (GPUUtilization: gpu-utilization).</summary>
    internal static string Kebab(string pascal)
    {
        var chars = new List<char>(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            var boundary = i > 0 && char.IsUpper(c)
                && (!char.IsUpper(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1])));
            if (boundary) chars.Add('-');
            chars.Add(char.ToLowerInvariant(c));
        }
        return new string([.. chars]).Replace("sage-maker", "sagemaker", StringComparison.Ordinal);
    }
}
