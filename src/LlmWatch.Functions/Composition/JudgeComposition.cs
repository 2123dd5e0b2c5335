using Amazon.Runtime;
using LlmWatch.Aws.Bedrock;
using LlmWatch.Aws.Configuration;
using LlmWatch.Aws.DynamoDb;
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

    /// <summary>How stale a container's view of the shared spend may get before it reads the ledger again.</summary>
    public static readonly TimeSpan SharedSpendRefresh = TimeSpan.FromSeconds(15);

    /// <param name="credentials">For the spend ledger's DynamoDB client; default: the standard chain (tests pass their own).</param>
    public static IHandler Create(FunctionServices services, Func<JudgeSettings, FunctionServices, IJudgeModel> model, AWSCredentials? credentials = null)
    {
        var settings = JudgeSettings.From(services.Settings);
        var prices = PriceBook.LoadDefault();
        var budget = Budget(settings, services, credentials);
        var evaluator = new JudgeEvaluator(model(settings, services), Rubric.V1, settings.Weights, budget,
            JudgePricing.FromPriceBook(prices, settings.ModelId), services.Time);
        return new JudgeHandler(new JudgeBatchRunner(evaluator, settings.MaxConcurrency), evaluator,
            new QualityEmfWriter(settings.Namespace), services.Stdout, services.Log, services.Time);
    }

    /// <summary>
    /// With <see cref="JudgeSettings.SpendTableVariable"/> set: the full daily budget against the DynamoDB ledger every
    /// container shares, falling back to this container's share while the table is unreachable. Without it: this
    /// container's share against its own in-memory total.
    /// </summary>
    public static JudgeBudget Budget(JudgeSettings settings, FunctionServices services, AWSCredentials? credentials = null)
    {
        if (settings.SpendTable is not { } table)
            return new JudgeBudget(settings.ContainerShareUsd, new InMemorySpendLedger(), services.Time);
        var aws = AwsConfiguration.Load(services.Settings.Optional);
        var dynamo = new AwsSdkClientFactory(aws, credentials ?? AwsConfiguration.ResolveCredentials()).CreateDynamoDb(DynamoDbSpendLedger.FailFast);
        var ledger = new FallbackSpendLedger(new DynamoDbSpendLedger(dynamo, table), settings.BudgetShares, services.Time,
            (message, detail) => services.Log.Warn(message, null, "judge-spend-ledger", detail));
        return new JudgeBudget(settings.DailyBudgetUsd, ledger, services.Time, SharedSpendRefresh);
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
