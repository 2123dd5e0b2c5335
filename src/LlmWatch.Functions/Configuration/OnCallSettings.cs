using System.Globalization;
using LlmWatch.Core.OnCall.Escalation;

namespace LlmWatch.Functions.Configuration;

/// <summary>Settings of the <c>alarm</c>, <c>escalate</c> and <c>ack</c> handlers, validated at cold start.</summary>
internal sealed record OnCallSettings(
    IReadOnlyList<string> TierTopicArns,
    EscalationPolicy Policy,
    string IncidentsTable,
    string? EscalationQueueUrl,
    string? AckUrl,
    string? AckSecretArn,
    string? DashboardName,
    bool IncludeText,
    IReadOnlyList<string> InvocationLogGroups,
    string? JudgeLogGroup,
    TimeSpan EnrichmentBudget)
{
    public const string TierTopicsVariable = "TIER_TOPIC_ARNS";
    public const string TierDelaysVariable = "TIER_DELAYS_MINUTES";
    public const string TableVariable = "INCIDENTS_TABLE";
    public const string QueueVariable = "ESCALATION_QUEUE_URL";
    public const string AckUrlVariable = "ACK_URL";
    public const string AckSecretVariable = "ACK_SECRET_ARN";
    public const string DashboardVariable = "DASHBOARD_NAME";
    public const string IncludeTextVariable = "INCLUDE_TEXT";
    public const string LogGroupsVariable = "INVOCATION_LOG_GROUPS";
    public const string JudgeLogGroupVariable = "JUDGE_LOG_GROUP";
    public const string BudgetVariable = "ENRICHMENT_BUDGET_MS";

    public static OnCallSettings From(SettingsSource source)
    {
        var topics = List(source.Optional(TierTopicsVariable));
        var delays = List(source.Optional(TierDelaysVariable) ?? "0,15,30,60");
        EscalationPolicy policy;
        try
        {
            policy = EscalationPolicy.FromMinutes([.. delays.Select(d => int.Parse(d, NumberStyles.None, CultureInfo.InvariantCulture))]);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            throw new ConfigurationException(TierDelaysVariable, $"Setting {TierDelaysVariable} must be increasing whole minutes starting at 0, e.g. 0,15,30,60: {e.Message}");
        }
        var budgetText = source.Optional(BudgetVariable) ?? "2000";
        if (!int.TryParse(budgetText, NumberStyles.None, CultureInfo.InvariantCulture, out var budgetMs) || budgetMs is < 100 or > 10_000)
            throw new ConfigurationException(BudgetVariable, $"Setting {BudgetVariable} must be 100..10000 milliseconds, got '{budgetText}'.");
        var includeText = source.Optional(IncludeTextVariable) ?? "false";
        if (!bool.TryParse(includeText, out var include))
            throw new ConfigurationException(IncludeTextVariable, $"Setting {IncludeTextVariable} must be true or false, got '{includeText}'.");
        return new OnCallSettings(
            topics, policy, source.Require(TableVariable), source.Optional(QueueVariable), source.Optional(AckUrlVariable),
            source.Optional(AckSecretVariable), source.Optional(DashboardVariable), include,
            List(source.Optional(LogGroupsVariable) ?? "/aws/bedrock/modelinvocations"), source.Optional(JudgeLogGroupVariable),
            TimeSpan.FromMilliseconds(budgetMs));
    }

    /// <summary>The paging handlers need at least the tier-0 topic and the escalation queue.</summary>
    public OnCallSettings RequirePaging()
    {
        if (TierTopicArns.Count == 0)
            throw new ConfigurationException(TierTopicsVariable, $"Missing required setting {TierTopicsVariable} (comma-separated SNS topic ARNs, tier 0 first).");
        if (EscalationQueueUrl is null)
            throw new ConfigurationException(QueueVariable, $"Missing required setting {QueueVariable}.");
        return this;
    }

    private static string[] List(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
