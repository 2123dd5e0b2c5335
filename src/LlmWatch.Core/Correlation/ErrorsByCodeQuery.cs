using System.Globalization;
using System.Text;

namespace LlmWatch.Core.Correlation;

/// <summary>Failed invocations per minute, by error code and model.</summary>
public sealed record ErrorsByCodeQuery(CorrelationScope Scope, TimeWindow Window, int Limit = 50) : ICorrelationQuery
{
    public EvidenceKind Kind => EvidenceKind.ErrorsByCode;
    public LogSource Source => LogSource.InvocationLogs;

    public string Render()
    {
        var sb = new StringBuilder("fields @timestamp, errorCode, modelId");
        sb.Append("\n| filter ispresent(errorCode)");
        if (Scope.Caller is not null)
            sb.Append("\n| ").Append(InsightsSyntax.ParseCaller);
        InsightsSyntax.AppendScope(sb, Scope, "modelId", "caller");
        sb.Append("\n| stats count(*) as errors by bin(1m) as minute, errorCode, modelId");
        sb.Append("\n| sort minute desc");
        sb.Append("\n| limit ").Append(Limit.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
