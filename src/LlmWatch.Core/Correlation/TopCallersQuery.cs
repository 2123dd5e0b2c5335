using System.Globalization;
using System.Text;

namespace LlmWatch.Core.Correlation;

/// <summary>Token sums per caller and model; cost is priced afterwards from the price table.</summary>
/// <remarks>Run once for the alarm window and once (<paramref name="IsPrevious"/>) for the window before it.</remarks>
public sealed record TopCallersQuery(CorrelationScope Scope, TimeWindow Window, bool IsPrevious = false, int Limit = 200) : ICorrelationQuery
{
    public EvidenceKind Kind => IsPrevious ? EvidenceKind.TopCallersPrevious : EvidenceKind.TopCallers;
    public LogSource Source => LogSource.InvocationLogs;

    public string Render()
    {
        var sb = new StringBuilder(InsightsSyntax.ParseCaller);
        InsightsSyntax.AppendScope(sb, Scope, "modelId", "caller");
        sb.Append("\n| stats count(*) as requests, sum(input.inputTokenCount) as inputTokens, sum(output.outputTokenCount) as outputTokens, ")
          .Append("sum(input.cacheReadInputTokenCount) as cacheReadTokens, sum(input.cacheWriteInputTokenCount) as cacheWriteTokens ")
          .Append("by caller, modelId");
        sb.Append("\n| sort requests desc");
        sb.Append("\n| limit ").Append(Limit.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
