using System.Text;
using System.Text.Json;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Correlation;

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
            WriteNullable(w, "modelId", r.Plan.Scope.ModelId);
            WriteNullable(w, "caller", r.Plan.Scope.Caller);
            WriteNullable(w, "metric", r.Plan.Scope.MetricName);
            WriteNullable(w, "namespace", r.Plan.Scope.Namespace);
            w.WriteEndObject();
            w.WriteStartObject("window");
            w.WriteString("start", r.Plan.Window.Start);
            w.WriteString("end", r.Plan.Window.End);
            w.WriteEndObject();
            w.WriteStartObject("links");
            w.WriteString("alarm", r.Links.AlarmUrl);
            w.WriteString("logsInsights", r.Links.LogsInsightsUrl);
            WriteNullable(w, "dashboard", r.Links.DashboardUrl);
            WriteNullable(w, "runbook", r.Links.RunbookUrl);
            WriteNullable(w, "ack", r.Kind == PageKind.Resolved ? null : r.Links.AckUrl);
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
        w.WriteStartArray("history");
        foreach (var p in e.History.Rows)
        {
            w.WriteStartObject();
            w.WriteString("t", p.Timestamp);
            w.WriteNumber("v", p.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("errorsByCode");
        foreach (var x in e.Errors.Rows)
        {
            w.WriteStartObject();
            w.WriteString("minute", x.Minute);
            w.WriteString("errorCode", x.ErrorCode);
            w.WriteString("modelId", x.ModelId);
            w.WriteNumber("count", x.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("slowestRequests");
        foreach (var x in e.Slowest.Rows)
        {
            w.WriteStartObject();
            w.WriteString("requestId", x.RequestId);
            w.WriteString("modelId", x.ModelId);
            w.WriteString("caller", x.Caller);
            w.WriteNumber("latencyMs", x.LatencyMs);
            w.WriteNumber("inputTokens", x.InputTokens);
            w.WriteNumber("outputTokens", x.OutputTokens);
            if (r.IncludeText && x.OutputText is not null)
                w.WriteString("outputText", x.OutputText);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("topCallers");
        foreach (var x in e.TopCallers.Rows)
        {
            w.WriteStartObject();
            w.WriteString("caller", x.Caller);
            w.WriteNumber("requests", x.Requests);
            w.WriteNumber("tokens", x.Tokens);
            w.WriteNumber("costUsd", Math.Round(x.CostUsd, 6));
            w.WriteNumber("previousTokens", x.PreviousTokens);
            w.WriteNumber("previousCostUsd", Math.Round(x.PreviousCostUsd, 6));
            w.WriteBoolean("hasUnpricedTokens", x.HasUnpricedTokens);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("lowJudgeScores");
        foreach (var x in e.JudgeScores.Rows)
        {
            w.WriteStartObject();
            w.WriteString("requestId", x.RequestId);
            w.WriteString("modelId", x.ModelId);
            w.WriteNumber("compositeScore", x.CompositeScore);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("missingEvidence");
        foreach (var (section, status, detail) in e.Missing(r.Plan.IsQuality))
        {
            w.WriteStartObject();
            w.WriteString("section", section);
            w.WriteString("status", EvidenceTables.StatusText(status));
            w.WriteString("detail", detail);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
            w.WriteNull(name);
        else
            w.WriteString(name, value);
    }
}
