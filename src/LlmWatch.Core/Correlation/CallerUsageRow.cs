namespace LlmWatch.Core.Correlation;

/// <summary>A caller's tokens and cost in the alarm window next to the window before it.</summary>
/// <param name="HasUnpricedTokens">Some tokens were for models without a price; the cost is a lower bound.</param>
public sealed record CallerUsageRow(
    string Caller, long Requests, long Tokens, double CostUsd, long PreviousTokens, double PreviousCostUsd, bool HasUnpricedTokens);
