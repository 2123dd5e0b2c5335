using LlmWatch.Core.Judge;
using LlmWatch.Core.Ports;
using LlmWatch.Core.Pricing;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>Builds the <c>judge</c> handler: settings → judge model → evaluator (rubric v1, budget, pricing) → batch runner.</summary>
internal static class JudgeComposition
{
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
}
