using LlmWatch.Aws.Sqs;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Metrics;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>The <c>metrics</c> handler: the batch processor with the stack's prices, and judge sampling when a judge queue is set.</summary>
internal static class MetricsComposition
{
    public static Task<IHandler> CreateAsync(FunctionServices services, CancellationToken cancellationToken)
    {
        var settings = MetricsSettings.From(services.Settings);
        var prices = PriceBookLoader.Load(services.Settings);
        var judge = JudgeSamplingSettings.From(services.Settings) is { } sampling ? SamplingHook(sampling, services) : null;
        IHandler handler = new MetricsHandler(new InvocationBatchProcessor(prices, new EmfOptions(settings.Namespace)), services.Stdout, services.Log, judge);
        return Task.FromResult(handler);
    }

    /// <summary>Samples go to the judge queue through the AWS SDK's SQS client.</summary>
    private static JudgeSamplingHook SamplingHook(JudgeSamplingSettings sampling, FunctionServices services) =>
        new(sampling.Options, new SqsJudgeQueue(services.Aws.CreateSqs(), sampling.QueueUrl), new QualityEmfWriter(), services.Log, services.Time);
}
