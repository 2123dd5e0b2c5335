using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LlmWatch.Core.Dashboards;

/// <summary>
/// Writes a Grafana dashboard (schema 39) for the CloudWatch data source from the same model: SEARCH and metric-math
/// lines become Code-mode expressions, plain metrics become Builder-mode queries. The data source is a dashboard
/// variable so the JSON imports into any Grafana (Amazon Managed Grafana included).
/// </summary>
public static class GrafanaDashboardRenderer
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <param name="values">Values for <c>${...}</c> references (parameters, stack name); region stays "default".</param>
    public static string Render(DashboardDefinition dashboard, IReadOnlyDictionary<string, string> values, bool includeConditional)
    {
        var widgets = dashboard.Widgets.Concat(includeConditional ? dashboard.ConditionalWidgets ?? [] : []).ToList();
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("title", $"LlmWatch {dashboard.Title}");
            w.WriteString("uid", $"llmwatch-{dashboard.NameSuffix}");
            w.WriteNumber("schemaVersion", 39);
            w.WriteStartArray("tags");
            w.WriteStringValue("llmwatch");
            w.WriteEndArray();
            w.WriteStartObject("time");
            w.WriteString("from", GrafanaRange(dashboard.Start));
            w.WriteString("to", "now");
            w.WriteEndObject();
            w.WriteStartObject("templating");
            w.WriteStartArray("list");
            w.WriteStartObject();
            w.WriteString("name", "datasource");
            w.WriteString("label", "CloudWatch");
            w.WriteString("type", "datasource");
            w.WriteString("query", "cloudwatch");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("panels");
            var id = 1;
            foreach (var widget in widgets.Where(x => x.Kind != WidgetKind.Alarms)) Panel(w, widget, id++, values);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string GrafanaRange(string start) => start switch
    {
        ['-', 'P', 'T', .. var rest] => $"now-{rest.ToLowerInvariant()}",
        ['-', 'P', .. var rest] => $"now-{rest.ToLowerInvariant()}",
        _ => "now-6h",
    };

    private static void Panel(Utf8JsonWriter w, DashboardWidget widget, int id, IReadOnlyDictionary<string, string> values)
    {
        w.WriteStartObject();
        w.WriteNumber("id", id);
        w.WriteString("title", widget.Title);
        w.WriteString("type", widget.Kind switch
        {
            WidgetKind.Text => "text",
            WidgetKind.SingleValue => "stat",
            WidgetKind.Bar => "barchart",
            _ => "timeseries",
        });
        w.WriteStartObject("gridPos");
        w.WriteNumber("x", widget.X);
        w.WriteNumber("y", widget.Y * 4 / 3);
        w.WriteNumber("w", widget.Width);
        w.WriteNumber("h", Math.Max(3, widget.Height * 4 / 3));
        w.WriteEndObject();
        if (widget.Kind == WidgetKind.Text)
        {
            w.WriteStartObject("options");
            w.WriteString("mode", "markdown");
            w.WriteString("content", CloudWatchDashboardRenderer.Resolve(widget.Markdown ?? "", values));
            w.WriteEndObject();
            w.WriteEndObject();
            return;
        }
        w.WriteStartObject("datasource");
        w.WriteString("type", "cloudwatch");
        w.WriteString("uid", "${datasource}");
        w.WriteEndObject();
        Thresholds(w, widget, values);
        w.WriteStartArray("targets");
        var refId = 'A';
        foreach (var s in widget.Series)
        {
            w.WriteStartObject();
            w.WriteString("refId", (refId++).ToString());
            w.WriteString("id", s.Id);
            w.WriteString("region", "default");
            w.WriteString("queryMode", "Metrics");
            w.WriteNumber("metricQueryType", 0);
            w.WriteString("label", s.Label);
            w.WriteString("period", widget.Period.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteBoolean("hide", !s.Visible);
            if (s.Expression is { } expression)
            {
                w.WriteNumber("metricEditorMode", 1);
                w.WriteString("expression", CloudWatchDashboardRenderer.Resolve(expression, values));
            }
            else
            {
                w.WriteNumber("metricEditorMode", 0);
                w.WriteString("namespace", s.Namespace);
                w.WriteString("metricName", s.MetricName);
                w.WriteString("statistic", s.Stat);
                w.WriteBoolean("matchExact", true);
                w.WriteStartObject("dimensions");
                foreach (var (name, value) in s.Dimensions) w.WriteString(name, CloudWatchDashboardRenderer.Resolve(value, values));
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Thresholds(Utf8JsonWriter w, DashboardWidget widget, IReadOnlyDictionary<string, string> values)
    {
        w.WriteStartObject("fieldConfig");
        w.WriteStartObject("defaults");
        if (widget.Lines.Count > 0)
        {
            w.WriteStartObject("custom");
            w.WriteStartObject("thresholdsStyle");
            w.WriteString("mode", "dashed");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("thresholds");
            w.WriteString("mode", "absolute");
            w.WriteStartArray("steps");
            w.WriteStartObject();
            w.WriteString("color", "green");
            w.WriteNull("value");
            w.WriteEndObject();
            foreach (var (value, _) in widget.Lines)
            {
                w.WriteStartObject();
                w.WriteString("color", "red");
                w.WritePropertyName("value");
                w.WriteRawValue(CloudWatchDashboardRenderer.Resolve(value, values));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
