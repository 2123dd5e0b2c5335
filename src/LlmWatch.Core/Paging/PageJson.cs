using System.Text;
using System.Text.Json;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;
using LlmWatch.Core.Json;

namespace LlmWatch.Core.Paging;

/// <summary>The JSON document for HTTPS/Lambda/SQS subscribers; <c>dedupKey</c> is stable across re-deliveries.</summary>
internal static class PageJson
{
    public static string Write(PageRequest r, Severity severity)
    {
        var a = r.Alarm;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteString("dedupKey", a.DedupKey);
            w.WriteString("incidentId", r.IncidentId);
            w.WriteString("kind", r.Kind.ToString().ToLowerInvariant());
            w.WriteNumber("tier", r.Tier);
            w.WriteString("severity", severity.ToString().ToLowerInvariant());
            w.WriteString("subject", PageRenderer.Subject(r, severity));
            w.WriteStartObject("alarm");
            w.WriteString("name", a.AlarmName);
            w.WriteString("arn", a.AlarmArn);
            w.WriteString("kind", a.Kind.ToString());
            w.WriteString("state", AlarmStates.ToWire(a.NewState));
            w.WriteString("previousState", AlarmStates.ToWire(a.OldState));
            w.WriteString("stateChangeTime", a.StateChangeTime);
            w.WriteString("region", a.RegionCode);
            w.WriteString("account", a.AccountId);
            w.WriteString("reason", a.NewStateReason);
            if (a.Trigger is { } t)
            {
                w.WriteString("comparison", t.ComparisonOperator);
                if (t.Threshold is { } th)
                    w.WriteNumber("threshold", th);
            }
            if (PageRenderer.Latest(r) is { } latest)
                w.WriteNumber("latestValue", latest);
            w.WriteEndObject();
            w.WriteStartObject("scope");
            w.WriteStringOrNull("modelId", r.Plan.Scope.ModelId);
            w.WriteStringOrNull("caller", r.Plan.Scope.Caller);
            w.WriteStringOrNull("metric", r.Plan.Scope.MetricName);
            w.WriteStringOrNull("namespace", r.Plan.Scope.Namespace);
            w.WriteEndObject();
            w.WriteStartObject("window");
            w.WriteString("start", r.Plan.Window.Start);
            w.WriteString("end", r.Plan.Window.End);
            w.WriteEndObject();
            w.WriteStartObject("links");
            w.WriteString("alarm", r.Links.AlarmUrl);
            w.WriteString("logsInsights", r.Links.LogsInsightsUrl);
            w.WriteStringOrNull("dashboard", r.Links.DashboardUrl);
            w.WriteStringOrNull("runbook", r.Links.RunbookUrl);
            w.WriteStringOrNull("ack", r.Kind == PageKind.Resolved ? null : r.Links.AckUrl);
            w.WriteEndObject();
            if (r.Kind == PageKind.Resolved)
            {
                w.WriteStartArray("pagedTiers");
                foreach (var tier in r.PagedTiers ?? [])
                    w.WriteNumberValue(tier);
                w.WriteEndArray();
            }
            else
            {
                WriteEvidence(w, r);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEvidence(Utf8JsonWriter w, PageRequest r)
    {
        var e = r.Evidence;
        w.WriteStartObject("evidence");
        w.WriteObjectArray("history", e.History.Rows, static (w, p) =>
        {
            w.WriteString("t", p.Timestamp);
            w.WriteNumber("v", p.Value);
        });
        w.WriteObjectArray("errorsByCode", e.Errors.Rows, static (w, x) =>
        {
            w.WriteString("minute", x.Minute);
            w.WriteString("errorCode", x.ErrorCode);
            w.WriteString("modelId", x.ModelId);
            w.WriteNumber("count", x.Count);
        });
        w.WriteObjectArray("slowestRequests", e.Slowest.Rows, (w, x) =>
        {
            w.WriteString("requestId", x.RequestId);
            w.WriteString("modelId", x.ModelId);
            w.WriteString("caller", x.Caller);
            w.WriteNumber("latencyMs", x.LatencyMs);
            w.WriteNumber("inputTokens", x.InputTokens);
            w.WriteNumber("outputTokens", x.OutputTokens);
            if (r.IncludeText && x.OutputText is not null)
                w.WriteString("outputText", x.OutputText);
        });
        w.WriteObjectArray("topCallers", e.TopCallers.Rows, static (w, x) =>
        {
            w.WriteString("caller", x.Caller);
            w.WriteNumber("requests", x.Requests);
            w.WriteNumber("tokens", x.Tokens);
            w.WriteNumber("costUsd", Math.Round(x.CostUsd, 6));
            w.WriteNumber("previousTokens", x.PreviousTokens);
            w.WriteNumber("previousCostUsd", Math.Round(x.PreviousCostUsd, 6));
            w.WriteBoolean("hasUnpricedTokens", x.HasUnpricedTokens);
        });
        w.WriteObjectArray("lowJudgeScores", e.JudgeScores.Rows, static (w, x) =>
        {
            w.WriteString("requestId", x.RequestId);
            w.WriteString("modelId", x.ModelId);
            w.WriteNumber("compositeScore", x.CompositeScore);
        });
        w.WriteEndObject();
        w.WriteObjectArray("missingEvidence", e.Missing(r.Plan.IsQuality), static (w, m) =>
        {
            w.WriteString("section", m.Section);
            w.WriteString("status", EvidenceTables.StatusText(m.Status));
            w.WriteString("detail", m.Detail);
        });
    }
}
