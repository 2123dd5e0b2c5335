using LlmWatch.Core.Records;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>Prices one invocation; false when the model has no price (its tokens count as unpriced).</summary>
public delegate bool CostLookup(InvocationRecord record, out double costUsd);
