using LlmWatch.Core.Errors;
using LlmWatch.Core.Records;
using D = LlmWatch.Core.Metrics.Schema.MetricDimensions;

namespace LlmWatch.Core.Metrics.Schema;

/// <summary>
/// Every metric LlmWatch emits or reads, with its unit, kind, namespace and dimension sets (through its group) and
/// what produces it. The EMF writers, the backtest's series, replay's totals, offline page history, the alarm and
/// dashboard catalogs and README's metric tables are built from this table, and a test fails when
/// serverless.template reads a metric it does not declare.
/// </summary>
/// <remarks>
/// Adding a metric is one line here and the code that measures it. A count per invocation, for example:
/// <code>
/// public static readonly MetricSpec GuardrailInterventions = Invocation.Sum(nameof(GuardrailInterventions), EmfUnit.Count, "invocations a guardrail blocked or masked");
/// </code>
/// plus <c>sums[MetricSchema.GuardrailInterventions.Slot] += …</c> in <see cref="InvocationMeasures"/>. The EMF
/// record, the backtest's series, offline history and replay's totals then carry it, alarms and dashboards may read
/// it, and <c>make template-sync</c> adds it to README. Field initializers run in textual order, so a group lists
/// its metrics (and numbers their slots) in the order they stand here: keep a group's entries in this file.
/// </remarks>
public static class MetricSchema
{
    private const string ScoreMeaning = "one value per judged response (numeric arrays, so averages and percentiles work)";
    private const string SamplerMeaning = "from the metrics function, dimensionless";

    /// <summary>The metrics function's record per (minute of event time, model, caller); replay and the backtest compute the same from logs.</summary>
    public static readonly MetricGroup Invocation = new("one record per minute of event time, model and caller",
        MetricProducer.MetricsFunction, MetricNamespaces.LlmWatch, [[D.ModelId], [D.ModelId, D.Caller], [D.Caller], []]);
    public static readonly MetricSpec Invocations = Invocation.Sum(nameof(Invocations), EmfUnit.Count, "every parsed record, failed ones included");
    public static readonly MetricSpec InputTokens = Invocation.Sum(nameof(InputTokens), EmfUnit.Count, "billed uncached input tokens (`input.inputTokenCount`)");
    public static readonly MetricSpec OutputTokens = Invocation.Sum(nameof(OutputTokens), EmfUnit.Count, "`output.outputTokenCount`");
    public static readonly MetricSpec CacheReadInputTokens = Invocation.Sum(nameof(CacheReadInputTokens), EmfUnit.Count, "prompt-cache reads");
    public static readonly MetricSpec CacheWriteInputTokens = Invocation.Sum(nameof(CacheWriteInputTokens), EmfUnit.Count, "prompt-cache writes (5-minute and 1-hour)");
    public static readonly MetricSpec CostUsd = Invocation.Sum(nameof(CostUsd), EmfUnit.None, "cost from the price table (see Pricing)", decimals: 9);
    public static readonly MetricSpec UnpricedTokens = Invocation.Sum(nameof(UnpricedTokens), EmfUnit.Count, "tokens of models the price table does not know; never priced at 0");
    public static readonly MetricSpec LatencyMs = Invocation.Distribution(nameof(LatencyMs), EmfUnit.Milliseconds, "one value per invocation that carries a latency, as EMF numeric arrays (≤100 values each, further records for more), so p50/p95/p99 are computed from every value");
    public static readonly MetricSpec LatencyUnavailable = Invocation.Sum(nameof(LatencyUnavailable), EmfUnit.Count, "successful invocations whose record carries no latency (InvokeModel, most streams)");
    public static readonly MetricSpec Errors = Invocation.Sum(nameof(Errors), EmfUnit.Count, "failed invocations (a subset of `Invocations`)");
    public static readonly MetricSpec ThrottlingErrors = Invocation.Sum(nameof(ThrottlingErrors), EmfUnit.Count, "`ThrottlingException`, `ModelNotReadyException`, quota errors");
    public static readonly MetricSpec ServerErrors = Invocation.Sum(nameof(ServerErrors), EmfUnit.Count, "`InternalServerException`, `ServiceUnavailableException`, `ModelTimeoutException`");
    public static readonly MetricSpec ModelErrors = Invocation.Sum(nameof(ModelErrors), EmfUnit.Count, "`ValidationException`, `ModelErrorException`, not-found errors");
    public static readonly MetricSpec AccessDeniedErrors = Invocation.Sum(nameof(AccessDeniedErrors), EmfUnit.Count, "`AccessDeniedException` and credential errors");
    public static readonly MetricSpec OtherErrors = Invocation.Sum(nameof(OtherErrors), EmfUnit.Count, "any other error code (kept verbatim in `replay --json` `errorCodes`)");

    /// <summary>The metrics function's count of log lines it could not use, one record per reason.</summary>
    public static readonly MetricGroup Skipped = new("one record per skip reason and batch",
        MetricProducer.MetricsFunction, MetricNamespaces.LlmWatch, [[D.Reason], []]);
    public static readonly MetricSpec RecordsSkipped = Skipped.Sum(nameof(RecordsSkipped), EmfUnit.Count,
        $"malformed or foreign log lines, dimension `Reason` ({string.Join(", ", Enum.GetNames<SkipReason>().Where(r => r != nameof(SkipReason.None)).Select(r => $"`{r}`"))})");

    /// <summary>The judge's record per judged model and batch (timestamp: the evaluation time).</summary>
    public static readonly MetricGroup Quality = new("one record per judged model and judge batch",
        MetricProducer.JudgeFunction, MetricNamespaces.Quality, [[D.ModelId, D.RubricVersion], [D.ModelId]]);
    public static readonly MetricSpec RelevanceScore = Quality.Distribution(nameof(RelevanceScore), EmfUnit.None, ScoreMeaning, decimals: 3);
    public static readonly MetricSpec SafetyScore = Quality.Distribution(nameof(SafetyScore), EmfUnit.None, ScoreMeaning, decimals: 3);
    public static readonly MetricSpec ToneScore = Quality.Distribution(nameof(ToneScore), EmfUnit.None, ScoreMeaning, decimals: 3);
    public static readonly MetricSpec CompositeScore = Quality.Distribution(nameof(CompositeScore), EmfUnit.None, ScoreMeaning, decimals: 3);
    public static readonly MetricSpec EvaluationLatencyMs = Quality.Distribution(nameof(EvaluationLatencyMs), EmfUnit.Milliseconds, "time in judge calls per sample, retry included", decimals: 3);
    public static readonly MetricSpec JudgedResponses = Quality.Sum(nameof(JudgedResponses), EmfUnit.Count, "samples with a valid verdict");
    public static readonly MetricSpec JudgeInputTokens = Quality.Sum(nameof(JudgeInputTokens), EmfUnit.Count, "judge tokens spent on this model's samples");
    public static readonly MetricSpec JudgeOutputTokens = Quality.Sum(nameof(JudgeOutputTokens), EmfUnit.Count, "judge tokens spent on this model's samples");
    public static readonly MetricSpec JudgeCostUsd = Quality.Sum(nameof(JudgeCostUsd), EmfUnit.None, "those tokens priced with the price table under the judge model id (estimates for replies without `usage` included)", decimals: 9);
    public static readonly MetricSpec JudgeUnpricedTokens = Quality.Sum(nameof(JudgeUnpricedTokens), EmfUnit.Count, "judge tokens not priced from a reply's own `usage`: a reply without it is counted at the estimate below and its estimated tokens land here (never priced at 0)");
    public static readonly MetricSpec JudgeParseFailures = Quality.Sum(nameof(JudgeParseFailures), EmfUnit.Count, "rejected replies, per attempt");
    public static readonly MetricSpec JudgeRefusals = Quality.Sum(nameof(JudgeRefusals), EmfUnit.Count, "rejected replies, per attempt");
    public static readonly MetricSpec JudgeDropped = Quality.Sum(nameof(JudgeDropped), EmfUnit.Count, "samples without a valid verdict after the retry");
    public static readonly MetricSpec JudgeSkippedBudget = Quality.Sum(nameof(JudgeSkippedBudget), EmfUnit.Count, "samples skipped because the daily budget was spent");

    /// <summary>The metrics function's sampler counts, one dimensionless record per batch, in the judge's namespace.</summary>
    public static readonly MetricGroup Sampling = new("one record per metrics batch",
        MetricProducer.MetricsFunction, MetricNamespaces.Quality, [[]]);
    public static readonly MetricSpec JudgeSampled = Sampling.Sum(nameof(JudgeSampled), EmfUnit.Count, SamplerMeaning);
    public static readonly MetricSpec JudgeSkippedBodyInS3 = Sampling.Sum(nameof(JudgeSkippedBodyInS3), EmfUnit.Count, SamplerMeaning);
    public static readonly MetricSpec JudgeSkippedNoText = Sampling.Sum(nameof(JudgeSkippedNoText), EmfUnit.Count, SamplerMeaning);
    public static readonly MetricSpec JudgeSamplesNotQueued = Sampling.Sum(nameof(JudgeSamplesNotQueued), EmfUnit.Count, SamplerMeaning);

    /// <summary>Every group: LlmWatch's own first, then the AWS metrics alarms and dashboards read.</summary>
    public static IReadOnlyList<MetricGroup> Groups { get; } =
    [
        Invocation, Skipped, Quality, Sampling,
        Lambda.Group, Sqs.Group, Bedrock.Group, SageMaker.Group, SageMakerEndpoints.Group, SageMakerInferenceComponents.Group,
    ];

    /// <summary>Every metric, group by group.</summary>
    public static IReadOnlyList<MetricSpec> All { get; } = [.. Groups.SelectMany(g => g.Metrics)];

    /// <summary>The metric that counts failures of one class.</summary>
    public static MetricSpec ErrorsOf(ErrorClass errorClass) => errorClass switch
    {
        ErrorClass.Throttling => ThrottlingErrors,
        ErrorClass.ServerError => ServerErrors,
        ErrorClass.ModelError => ModelErrors,
        ErrorClass.AccessDenied => AccessDeniedErrors,
        ErrorClass.Other => OtherErrors,
        _ => throw new ArgumentOutOfRangeException(nameof(errorClass), errorClass, "no metric for a success"),
    };

    /// <summary>The metric of that name in that namespace, or null when the schema has none.</summary>
    public static MetricSpec? Find(string @namespace, string name) =>
        All.FirstOrDefault(m => m.Namespace == @namespace && m.Name == name);

    /// <summary>AWS Lambda's metrics of LlmWatch's own functions.</summary>
    public static class Lambda
    {
        public static readonly MetricGroup Group = new("AWS Lambda, per function", MetricProducer.Aws, MetricNamespaces.Lambda, [[D.FunctionName]]);
        public static readonly MetricSpec Errors = Group.Sum(nameof(Errors), EmfUnit.Count, "invocations that ended in a function error");
        public static readonly MetricSpec Throttles = Group.Sum(nameof(Throttles), EmfUnit.Count, "invocations Lambda refused for lack of concurrency");
    }

    /// <summary>Amazon SQS metrics of LlmWatch's dead-letter queues.</summary>
    public static class Sqs
    {
        public static readonly MetricGroup Group = new("Amazon SQS, per queue", MetricProducer.Aws, MetricNamespaces.Sqs, [[D.QueueName]]);
        public static readonly MetricSpec ApproximateNumberOfMessagesVisible = Group.Gauge(nameof(ApproximateNumberOfMessagesVisible), EmfUnit.Count, "messages waiting in the queue");
    }

    /// <summary>Bedrock's own per-model metrics, shown next to LlmWatch's.</summary>
    public static class Bedrock
    {
        public static readonly MetricGroup Group = new("Amazon Bedrock, per model", MetricProducer.Aws, MetricNamespaces.Bedrock, [[D.ModelId]]);
        public static readonly MetricSpec Invocations = Group.Sum(nameof(Invocations), EmfUnit.Count, "calls Bedrock counted, logged or not");
        public static readonly MetricSpec InvocationLatency = Group.Distribution(nameof(InvocationLatency), EmfUnit.Milliseconds, "Bedrock's latency, InvokeModel included");
        public static readonly MetricSpec InvocationThrottles = Group.Sum(nameof(InvocationThrottles), EmfUnit.Count, "throttled calls (they may never reach the invocation log)");
        public static readonly MetricSpec InvocationServerErrors = Group.Sum(nameof(InvocationServerErrors), EmfUnit.Count, "calls that failed on Bedrock's side");
        public static readonly MetricSpec InvocationClientErrors = Group.Sum(nameof(InvocationClientErrors), EmfUnit.Count, "calls rejected as the caller's fault");
    }

    /// <summary>SageMaker endpoint and inference-component invocation metrics.</summary>
    public static class SageMaker
    {
        public static readonly MetricGroup Group = new("Amazon SageMaker, per endpoint variant or inference component", MetricProducer.Aws,
            MetricNamespaces.SageMaker, [[D.EndpointName, D.VariantName], [D.InferenceComponentName]]);
        public static readonly MetricSpec ModelLatency = Group.Distribution(nameof(ModelLatency), EmfUnit.Microseconds, "time the model container took");
        public static readonly MetricSpec Invocations = Group.Sum(nameof(Invocations), EmfUnit.Count, "requests sent to the model");
        public static readonly MetricSpec Invocation5XXErrors = Group.Sum(nameof(Invocation5XXErrors), EmfUnit.Count, "requests the model answered with a 5xx");
    }

    /// <summary>SageMaker endpoint instance metrics.</summary>
    public static class SageMakerEndpoints
    {
        public static readonly MetricGroup Group = new("Amazon SageMaker endpoint instances, per variant", MetricProducer.Aws,
            MetricNamespaces.SageMakerEndpoints, [[D.EndpointName, D.VariantName]]);
        public static readonly MetricSpec GPUUtilization = Group.Gauge(nameof(GPUUtilization), EmfUnit.Percent, "all GPUs added up (up to 100 × the number of GPUs)");
        public static readonly MetricSpec GPUMemoryUtilization = Group.Gauge(nameof(GPUMemoryUtilization), EmfUnit.Percent, "GPU memory in use, all GPUs added up");
    }

    /// <summary>SageMaker inference-component metrics, normalized to 0–100.</summary>
    public static class SageMakerInferenceComponents
    {
        public static readonly MetricGroup Group = new("Amazon SageMaker inference components", MetricProducer.Aws,
            MetricNamespaces.SageMakerInferenceComponents, [[D.InferenceComponentName]]);
        public static readonly MetricSpec GPUUtilizationNormalized = Group.Gauge(nameof(GPUUtilizationNormalized), EmfUnit.Percent, "GPU use of the component's copies, 0–100");
        public static readonly MetricSpec GPUMemoryUtilizationNormalized = Group.Gauge(nameof(GPUMemoryUtilizationNormalized), EmfUnit.Percent, "GPU memory of the component's copies, 0–100");
    }
}
