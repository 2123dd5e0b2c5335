using System.Globalization;
using LlmWatch.Core.Judge;

namespace LlmWatch.Functions.Configuration;

/// <summary>Settings of the <c>judge</c> handler: judge model, daily budget, concurrency, composite weights, namespace.</summary>
/// <param name="DailyBudgetUsd">This container's share of the daily budget (the stack's budget divided by
/// <see cref="BudgetSharesVariable"/>, the most containers the queue may run at once).</param>
internal sealed record JudgeSettings(string ModelId, double DailyBudgetUsd, int MaxConcurrency, CompositeWeights Weights, string Namespace)
{
    public const string ModelIdVariable = "JUDGE_MODEL_ID";
    public const string DailyBudgetVariable = "JUDGE_DAILY_BUDGET_USD";
    public const string BudgetSharesVariable = "JUDGE_BUDGET_SHARES";
    public const string ConcurrencyVariable = "JUDGE_MAX_CONCURRENCY";
    public const string WeightsVariable = "JUDGE_COMPOSITE_WEIGHTS";
    public const string NamespaceVariable = "QUALITY_NAMESPACE";

    public static JudgeSettings From(SettingsSource source)
    {
        var model = source.Require(ModelIdVariable);
        var budget = Number(source, DailyBudgetVariable, 10, 0, 1_000_000) / Math.Floor(Number(source, BudgetSharesVariable, 1, 1, 1000));
        var concurrency = (int)Number(source, ConcurrencyVariable, 4, 1, 64);
        var weights = CompositeWeights.TryParse(source.Optional(WeightsVariable))
            ?? throw new ConfigurationException(WeightsVariable, $"Setting {WeightsVariable} must be three non-negative numbers 'relevance,safety,tone', not all 0.");
        var ns = source.Optional(NamespaceVariable) ?? QualityMetricNames.Namespace;
        if (ns.Length > 255 || ns.Any(c => c < 0x20 || c > 0x7E))
            throw new ConfigurationException(NamespaceVariable, $"Setting {NamespaceVariable} is not a valid CloudWatch namespace: '{ns}'.");
        return new JudgeSettings(model, budget, concurrency, weights, ns);
    }

    internal static double Number(SettingsSource source, string name, double fallback, double min, double max)
    {
        var text = source.Optional(name);
        if (text is null)
            return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ConfigurationException(name, $"Setting {name} must be a number within {min}..{max}, got '{text}'.");
    }
}
