using System.Globalization;
using System.Text;

namespace LlmWatch.Core.Correlation;

/// <summary>The slowest requests in the window: request id, model, caller, latency, tokens.</summary>
/// <remarks>Latency lives at <c>output.outputBodyJson.metrics.latencyMs</c> (Converse and ConverseStream records).</remarks>
/// <param name="IncludeText">Opt-in only: also return the start of the response text.</param>
public sealed record SlowestRequestsQuery(CorrelationScope Scope, TimeWindow Window, bool IncludeText = false, int Limit = 10) : ICorrelationQuery
{
    public EvidenceKind Kind => EvidenceKind.SlowestRequests;
    public LogSource Source => LogSource.InvocationLogs;

    public string Render()
    {
        var sb = new StringBuilder(InsightsSyntax.ParseCaller);
        sb.Append("\n| filter ispresent(output.outputBodyJson.metrics.latencyMs)");
        InsightsSyntax.AppendScope(sb, Scope, "modelId", "caller");
        sb.Append("\n| fields @timestamp, requestId, modelId, caller, output.outputBodyJson.metrics.latencyMs as latencyMs, ")
          .Append("input.inputTokenCount as inputTokens, output.outputTokenCount as outputTokens");
        if (IncludeText)
            sb.Append(", output.outputBodyJson.output.message.content.0.text as outputText");
        sb.Append("\n| sort latencyMs desc");
        sb.Append("\n| limit ").Append(Limit.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
