using Amazon.DynamoDBv2;
using LlmWatch.Aws.DynamoDb;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Ports;
using LlmWatch.Core.Pricing;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>The <c>judge</c> handler: Bedrock Converse (SigV4) as the judge model, the daily budget, the quality EMF.</summary>
internal static class JudgeComposition
{
    /// <summary>How stale a container's view of the shared spend may get before it reads the ledger again.</summary>
    public static readonly TimeSpan SharedSpendRefresh = TimeSpan.FromSeconds(15);

    public static Task<IHandler> CreateAsync(FunctionServices services, CancellationToken cancellationToken) =>
        CreateAsync(services, Bedrock, cancellationToken);

    /// <param name="model">Builds the judge model (tests pass a scripted one).</param>
    public static Task<IHandler> CreateAsync(FunctionServices services, Func<JudgeSettings, FunctionServices, IJudgeModel> model,
        CancellationToken cancellationToken)
    {
        var settings = JudgeSettings.From(services.Settings);
        var pricing = Pricing(settings, PriceBookLoader.Load(services.Settings));
        var budget = Budget(settings, services);
        var evaluator = new JudgeEvaluator(model(settings, services), Rubric.V1, settings.Weights, budget, pricing, services.Time);
        IHandler handler = new JudgeHandler(new JudgeBatchRunner(evaluator, settings.MaxConcurrency), evaluator,
            new QualityEmfWriter(settings.Namespace), services.Stdout, services.Log, services.Time);
        return Task.FromResult(handler);
    }

    /// <summary>
    /// With <see cref="JudgeSettings.SpendTableVariable"/> set: the full daily budget against the DynamoDB ledger every
    /// container shares, falling back to this container's share while the table is unreachable. Without it: this
    /// container's share against its own in-memory total.
    /// </summary>
    public static JudgeBudget Budget(JudgeSettings settings, FunctionServices services)
    {
        if (settings.SpendTable is not { } table)
            return new JudgeBudget(settings.ContainerShareUsd, new InMemorySpendLedger(), services.Time);
        IAmazonDynamoDB dynamo = services.Aws.CreateDynamoDb(DynamoDbSpendLedger.ClientSettings);
        var ledger = new FallbackSpendLedger(new DynamoDbSpendLedger(dynamo, table), settings.BudgetShares, services.Time, services.Log);
        return new JudgeBudget(settings.DailyBudgetUsd, ledger, services.Time, SharedSpendRefresh);
    }

    /// <summary>The judge model's price, checked before anything else is built: an unpriced judge does not start.</summary>
    private static JudgePricing Pricing(JudgeSettings settings, PriceBook prices)
    {
        try
        {
            return JudgePricing.FromPriceBook(prices, settings.ModelId);
        }
        catch (JudgeModelUnpricedException e)
        {
            throw new ConfigurationException(JudgeSettings.ModelIdVariable, e.Message);
        }
    }

    private static ChatClientJudgeModel Bedrock(JudgeSettings settings, FunctionServices services) =>
        new(services.Aws.CreateBedrockChatClient(settings.ModelId), settings.ModelId);
}
