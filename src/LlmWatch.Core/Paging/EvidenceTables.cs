using System.Globalization;
using System.Text;
using LlmWatch.Core.Correlation;

namespace LlmWatch.Core.Paging;

/// <summary>The evidence part of the email: one table per section, then the list of missing evidence.</summary>
internal static class EvidenceTables
{
    public static void Append(StringBuilder sb, PageRequest r)
    {
        var e = r.Evidence;
        var w = r.Plan.Window;
        var span = $"{w.Start.UtcDateTime:HH:mm}-{w.End.UtcDateTime:HH:mm} UTC";
        if (e.Errors.IsComplete)
        {
            sb.Append("\nErrors by code and model per minute (").Append(span).Append(")\n");
            if (e.Errors.Rows.Count == 0)
                sb.Append("  none\n");
            else
                TextTable.Append(sb, ["minute", "error", "model", "count"],
                    e.Errors.Rows.Take(15).Select(x => (IReadOnlyList<string>)[x.Minute.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture), x.ErrorCode, x.ModelId, L(x.Count)]).ToList());
        }
        if (e.Slowest.IsComplete)
        {
            sb.Append("\nSlowest requests (").Append(span).Append(")\n");
            if (e.Slowest.Rows.Count == 0)
                sb.Append("  none with a logged latency\n");
            else
                TextTable.Append(sb, ["request id", "model", "caller", "latency ms", "in tok", "out tok"],
                    e.Slowest.Rows.Select(x => (IReadOnlyList<string>)[x.RequestId, x.ModelId, x.Caller, PageRenderer.Number(x.LatencyMs), L(x.InputTokens), L(x.OutputTokens)]).ToList());
            if (r.IncludeText)
            {
                foreach (var x in e.Slowest.Rows.Where(x => !string.IsNullOrEmpty(x.OutputText)))
                    sb.Append("  ").Append(x.RequestId).Append(": ").Append(Clip(x.OutputText!, 160)).Append('\n');
            }
        }
        if (e.TopCallers.IsComplete)
        {
            sb.Append("\nTop callers by tokens (").Append(span).Append(", previous window in brackets)\n");
            if (e.TopCallers.Rows.Count == 0)
                sb.Append("  none\n");
            else
                TextTable.Append(sb, ["caller", "requests", "tokens", "cost USD"],
                    e.TopCallers.Rows.Select(x => (IReadOnlyList<string>)[x.Caller, L(x.Requests), $"{L(x.Tokens)} ({L(x.PreviousTokens)})",
                        $"{Usd(x.CostUsd)}{(x.HasUnpricedTokens ? "+" : "")} ({Usd(x.PreviousCostUsd)})"]).ToList());
        }
        if (r.Plan.IsQuality && e.JudgeScores.IsComplete)
        {
            sb.Append("\nRecent low judge scores\n");
            if (e.JudgeScores.Rows.Count == 0)
                sb.Append("  none\n");
            else
                TextTable.Append(sb, ["time", "request id", "model", "score"],
                    e.JudgeScores.Rows.Select(x => (IReadOnlyList<string>)[x.Timestamp?.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture) ?? "?", x.RequestId, x.ModelId, PageRenderer.Number(x.CompositeScore)]).ToList());
        }
        var missing = e.Missing(r.Plan.IsQuality);
        if (missing.Count > 0)
        {
            sb.Append("\nMissing evidence\n");
            foreach (var (section, status, detail) in missing)
                sb.Append("  - ").Append(section).Append(": ").Append(StatusText(status)).Append(" (").Append(detail).Append(")\n");
        }
    }

    internal static string StatusText(EvidenceStatus s) => s switch
    {
        EvidenceStatus.TimedOut => "timed out",
        EvidenceStatus.Failed => "failed",
        EvidenceStatus.NotRun => "not available",
        _ => "complete",
    };

    private static string L(long v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private static string Usd(double v) => v.ToString("0.00##", CultureInfo.InvariantCulture);

    private static string Clip(string s, int max) => s.Length <= max ? s.ReplaceLineEndings(" ") : s[..max].ReplaceLineEndings(" ") + "...";
}
