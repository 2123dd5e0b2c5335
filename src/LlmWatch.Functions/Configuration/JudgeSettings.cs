using System.Globalization;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Metrics.Schema;

namespace LlmWatch.Functions.Configuration;

/// <summary>Settings of the <c>judge</c> handler: judge model, daily budget, concurrency, composite weights, namespace.</summary>
/// <param name="DailyBudgetUsd">The stack's daily judge budget.</param>
/// <param name="BudgetShares">The most judge containers the queue may run at once (<see cref="BudgetSharesVariable"/>).</param>
/// <param name="SpendTable">DynamoDB table of the shared spend ledger (<see cref="SpendTableVariable"/>); null: each
/// container keeps its own total and its own share of the budget.</param>
internal sealed record JudgeSettings(
    string ModelId, double DailyBudgetUsd, int BudgetShares, int MaxConcurrency, CompositeWeights Weights, string Namespace, string? SpendTable = null)
{
    public const string ModelIdVariable = "JUDGE_MODEL_ID";
    public const string DailyBudgetVariable = "JUDGE_DAILY_BUDGET_USD";
    public const string BudgetSharesVariable = "JUDGE_BUDGET_SHARES";
    public const string ConcurrencyVariable = "JUDGE_MAX_CONCURRENCY";
    public const string WeightsVariable = "JUDGE_COMPOSITE_WEIGHTS";
    public const string NamespaceVariable = "QUALITY_NAMESPACE";
    public const string SpendTableVariable = "JUDGE_SPEND_TABLE";

    public static JudgeSettings From(SettingsSource source)
    {
        var model = source.Require(ModelIdVariable);
        var budget = Number(source, DailyBudgetVariable, 10, 0, 1_000_000);
        var shares = (int)Number(source, BudgetSharesVariable, 1, 1, 1000);
        var concurrency = (int)Number(source, ConcurrencyVariable, 4, 1, 64);
        var weights = CompositeWeights.TryParse(source.Optional(WeightsVariable))
            ?? throw new ConfigurationException(WeightsVariable, $"Setting {WeightsVariable} must be three non-negative numbers 'relevance,safety,tone', not all 0.");
        var ns = QualityNamespace(source);
        var table = source.Optional(SpendTableVariable);
        if (table is not null && !IsTableName(table))
            throw new ConfigurationException(SpendTableVariable, $"Setting {SpendTableVariable} must be a DynamoDB table name (3-255 of A-Z a-z 0-9 _ - .), got '{table}'.");
        return new JudgeSettings(model, budget, shares, concurrency, weights, ns, table);
    }

    /// <summary>The quality namespace (<see cref="NamespaceVariable"/>), read by the judge and by the metrics function's sampler counts.</summary>
    public static string QualityNamespace(SettingsSource source) => NamespaceSetting.Read(source, NamespaceVariable, MetricNamespaces.Quality);

    /// <summary>What one container may spend when it cannot see the others: the budget divided by <see cref="BudgetShares"/>.</summary>
    public double ContainerShareUsd => DailyBudgetUsd / BudgetShares;

    private static bool IsTableName(string name) =>
        name.Length is >= 3 and <= 255 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

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
