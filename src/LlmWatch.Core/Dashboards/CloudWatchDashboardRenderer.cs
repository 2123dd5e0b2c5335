using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LlmWatch.Core.Templates;

namespace LlmWatch.Core.Dashboards;

/// <summary>
/// Writes a CloudWatch dashboard body. The body keeps <c>${AWS::Region}</c>, <c>${AWS::StackName}</c>, parameter and
/// function references for Fn::Sub; <see cref="Resolve"/> fills them in for the CLI.
/// </summary>
public static class CloudWatchDashboardRenderer
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static string Render(DashboardDefinition dashboard, bool includeConditional)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("start", dashboard.Start);
            w.WriteString("periodOverride", "inherit");
            w.WriteStartArray("widgets");
            foreach (var widget in dashboard.Widgets) Widget(w, widget);
            if (includeConditional && dashboard.ConditionalWidgets is { } extra)
            {
                foreach (var widget in extra) Widget(w, widget);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Replaces <c>${Name}</c> references with values (unknown names are left as they are).</summary>
    public static string Resolve(string body, IReadOnlyDictionary<string, string> values) =>
        Cfn.Substitute(body, name => values.GetValueOrDefault(name));

    private static void Widget(Utf8JsonWriter w, DashboardWidget widget)
    {
        w.WriteStartObject();
        w.WriteString("type", widget.Kind switch { WidgetKind.Text => "text", WidgetKind.Alarms => "alarm", _ => "metric" });
        w.WriteNumber("x", widget.X);
        w.WriteNumber("y", widget.Y);
        w.WriteNumber("width", widget.Width);
        w.WriteNumber("height", widget.Height);
        w.WriteStartObject("properties");
        switch (widget.Kind)
        {
            case WidgetKind.Text:
                w.WriteString("markdown", $"## {widget.Title}\n{widget.Markdown}");
                break;
            case WidgetKind.Alarms:
                w.WriteString("title", widget.Title);
                w.WriteStartArray("alarms");
                foreach (var suffix in widget.AlarmSuffixes)
                {
                    w.WriteStringValue($"arn:aws:cloudwatch:${{AWS::Region}}:${{AWS::AccountId}}:alarm:${{AWS::StackName}}-{suffix}");
                }
                w.WriteEndArray();
                break;
            default:
                MetricProperties(w, widget);
                break;
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void MetricProperties(Utf8JsonWriter w, DashboardWidget widget)
    {
        w.WriteString("title", widget.Title);
        w.WriteString("view", widget.Kind switch { WidgetKind.SingleValue => "singleValue", WidgetKind.Bar => "bar", _ => "timeSeries" });
        w.WriteBoolean("stacked", widget.Stacked);
        w.WriteString("region", "${AWS::Region}");
        w.WriteNumber("period", widget.Period);
        if (widget.WholeRange) w.WriteBoolean("setPeriodToTimeRange", true);
        w.WriteStartArray("metrics");
        foreach (var s in widget.Series)
        {
            w.WriteStartArray();
            if (s.Expression is null)
            {
                w.WriteStringValue(s.Namespace);
                w.WriteStringValue(s.MetricName);
                foreach (var (name, value) in s.Dimensions)
                {
                    w.WriteStringValue(name);
                    w.WriteStringValue(value);
                }
            }
            w.WriteStartObject();
            if (s.Expression is not null) w.WriteString("expression", s.Expression);
            else w.WriteString("stat", s.Stat);
            w.WriteString("label", s.Label);
            w.WriteString("id", s.Id);
            if (!s.Visible) w.WriteBoolean("visible", false);
            w.WriteEndObject();
            w.WriteEndArray();
        }
        w.WriteEndArray();
        if (widget.Lines.Count > 0)
        {
            w.WriteStartObject("annotations");
            w.WriteStartArray("horizontal");
            foreach (var (value, label) in widget.Lines)
            {
                w.WriteStartObject();
                w.WritePropertyName("value");
                w.WriteRawValue(value, skipInputValidation: true);
                w.WriteString("label", label);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteStartObject("yAxis");
        w.WriteStartObject("left");
        w.WriteNumber("min", 0);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
