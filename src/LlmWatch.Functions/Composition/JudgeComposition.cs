using LlmWatch.Aws.Bedrock;
using LlmWatch.Aws.Configuration;
using LlmWatch.Aws.Judge;
using LlmWatch.Aws.Signing;
using LlmWatch.Aws.Sqs;
using LlmWatch.Aws.Transport;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Ports;
using LlmWatch.Core.Pricing;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>Wiring of the judge path: the <c>judge</c> handler, and the sampling hook of the <c>metrics</c> handler.</summary>
internal static class JudgeComposition
{
    /// <summary>The production judge handler: Bedrock Converse (SigV4) as the judge model.</summary>
    public static IHandler Create(FunctionServices services) => Create(services, Bedrock);

    public static IHandler Create(FunctionServices services, Func<JudgeSettings, FunctionServices, IJudgeModel> model)
    {
        var settings = JudgeSettings.From(services.Settings);
        var prices = PriceBook.LoadDefault();
        var budget = new JudgeBudget(settings.DailyBudgetUsd, new InMemorySpendLedger(), services.Time);
        var evaluator = new JudgeEvaluator(model(settings, services), Rubric.V1, settings.Weights, budget,
            JudgePricing.FromPriceBook(prices, settings.ModelId), services.Time);
        return new JudgeHandler(new JudgeBatchRunner(evaluator, settings.MaxConcurrency), evaluator,
            new QualityEmfWriter(settings.Namespace), services.Stdout, services.Log, services.Time);
    }

    /// <summary>Sampling for the metrics handler: samples go to the judge queue through the AWS SDK's SQS client.</summary>
    public static JudgeSamplingHook SamplingHook(JudgeSamplingSettings sampling, FunctionServices services)
    {
        var aws = AwsConfiguration.Load(services.Settings.Optional);
        var sqs = new AwsSdkClientFactory(aws, AwsConfiguration.ResolveCredentials()).CreateSqs();
        return new JudgeSamplingHook(sampling.Options, new SqsJudgeQueue(sqs, sampling.QueueUrl), new QualityEmfWriter(), services.Log, services.Time);
    }

    private static IJudgeModel Bedrock(JudgeSettings settings, FunctionServices services)
    {
        var aws = AwsConfiguration.Load(services.Settings.Optional);
        // one signed client per container, kept for its lifetime (warm invocations reuse its connections)
        var http = new SignedHttpClientFactory(aws, AwsConfiguration.ResolveCredentials());
        var transport = new AwsTransport(http.Create(AwsService.BedrockRuntime), AwsService.BedrockRuntime.Name, AwsRetryPipeline.Create(services.Time));
        var chat = new BedrockChatClient(new BedrockConverseClient(transport), settings.ModelId);
        return new ChatClientJudgeModel(chat, settings.ModelId);
    }
}
