using System.Globalization;
using System.Text;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Correlation;

/// <summary>Recent low judge scores from the judge's EMF records (fields RequestId, ModelId, CompositeScore).</summary>
/// <param name="Below">Only scores under this value (the alarm threshold when it has one).</param>
public sealed record LowJudgeScoresQuery(CorrelationScope Scope, TimeWindow Window, double? Below, int Limit = 10) : ICorrelationQuery
{
    public EvidenceKind Kind => EvidenceKind.LowJudgeScores;
    public LogSource Source => LogSource.JudgeLogs;

    public string Render()
    {
        var score = S.CompositeScore.Name;
        var sb = new StringBuilder("fields @timestamp, RequestId, ModelId, ").Append(score);
        sb.Append("\n| filter ispresent(").Append(score).Append(')');
        InsightsSyntax.AppendScope(sb, Scope, "ModelId", null);
        if (Below is { } below)
        {
            sb.Append("\n| filter ").Append(score).Append(" < ").Append(below.ToString("0.###", CultureInfo.InvariantCulture));
            sb.Append("\n| sort @timestamp desc");
        }
        else
        {
            sb.Append("\n| sort ").Append(score).Append(" asc");
        }
        sb.Append("\n| limit ").Append(Limit.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
