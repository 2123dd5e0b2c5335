using LlmWatch.Core.Records;

namespace LlmWatch.Core.Judge;

/// <summary>What one judge call costs against the budget.</summary>
/// <param name="Usd">Cost in USD; null only when the judge runs without prices (offline, <see cref="JudgePricing.Unpriced"/>).</param>
/// <param name="Reported">The tokens the reply's <c>usage</c> reported (0 for a kind it did not report).</param>
/// <param name="EstimatedTokens">Tokens counted at the conservative estimate because the reply did not report them.</param>
public readonly record struct JudgeCallCost(double? Usd, TokenCounts Reported, long EstimatedTokens);
