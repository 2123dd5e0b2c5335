using System.Globalization;
using System.Text;
using LlmWatch.Cli.Commands;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Alarms.Evaluation;
using LlmWatch.Core.Metrics.Schema;
using static LlmWatch.Cli.Rendering.SvgChart;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Cli.Rendering;

/// <summary>One self-contained HTML page (inline CSS, JS and SVG; nothing fetched): per-model charts and the alarm timeline.</summary>
internal static class HtmlReport
{
    /// <summary>Most points a chart draws; longer replays are bucketed.</summary>
    public const int MaxPoints = 720;

    public static string Render(BacktestRun run, DateTimeOffset generatedAt)
    {
        var series = run.Series;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>LlmWatch replay report</title><style>").Append(HtmlReportAssets.Css).Append("</style></head><body>");
        sb.Append("<header><h1>LlmWatch replay report</h1>");
        if (series.IsEmpty)
        {
            sb.Append("<p>No invocation records in the input.</p></header></body></html>");
            return sb.ToString();
        }
        var first = Minute(series.FirstMinute);
        var last = Minute(series.LastMinute + 1);
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{first:yyyy-MM-dd HH:mm} to {last:yyyy-MM-dd HH:mm} UTC &middot; thresholds: {Esc(run.ThresholdSource)} &middot; generated {generatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC</p></header>");

        var bucket = (int)Math.Max(1, Math.Ceiling((series.LastMinute - series.FirstMinute + 1) / (double)MaxPoints));
        var starts = new List<long>();
        for (var m = series.FirstMinute; m <= series.LastMinute; m += bucket) starts.Add(m);
        var times = starts.Select(Minute).ToList();

        Summary(sb, series);
        Timeline(sb, run.Result);
        var sla = run.Parameters.Number(AlarmParameters.LatencySlaMs);
        foreach (var model in series.Models)
        {
            double? Stat(MetricSpec metric, string stat, long start) =>
                Statistics.Compute(stat, series.Window(Key(metric, model), start, start + bucket));
            sb.Append(CultureInfo.InvariantCulture, $"<section class=\"model\"><h2>{Esc(model)}</h2><div class=\"charts\">");
            sb.Append(SvgChart.Render("Latency percentiles", times,
            [
                new("p50", "#4e79a7", [.. starts.Select(s => Stat(S.LatencyMs, "p50", s))]),
                new("p95", "#f28e2b", [.. starts.Select(s => Stat(S.LatencyMs, "p95", s))]),
                new("p99", "#e15759", [.. starts.Select(s => Stat(S.LatencyMs, "p99", s))]),
            ], "ms", [(sla, "SLA"), (0.8 * sla, "80% of SLA")]));
            sb.Append(SvgChart.Render("Tokens", times,
            [
                new("input", "#59a14f", [.. starts.Select(s => Stat(S.InputTokens, "Sum", s))]),
                new("output", "#b07aa1", [.. starts.Select(s => Stat(S.OutputTokens, "Sum", s))]),
            ], $"per {bucket} min"));
            double running = 0;
            sb.Append(SvgChart.Render("Cumulative cost", times,
                [new("cost", "#76b7b2", [.. starts.Select(s => (double?)(running += Stat(S.CostUsd, "Sum", s) ?? 0))])], "USD"));
            sb.Append(SvgChart.Render("Errors", times,
            [
                new("errors", "#e15759", [.. starts.Select(s => Stat(S.Errors, "Sum", s))], Bars: true),
                new("throttled", "#f28e2b", [.. starts.Select(s => Stat(S.ThrottlingErrors, "Sum", s))], Bars: true),
            ], $"per {bucket} min"));
            sb.Append("</div></section>");
        }
        sb.Append("<script>").Append(HtmlReportAssets.Script).Append("</script></body></html>");
        return sb.ToString();
    }

    private static void Summary(StringBuilder sb, MetricSeriesSet series)
    {
        sb.Append("<section><h2>Models</h2><table><thead><tr><th>model</th><th>invocations</th><th>input tokens</th><th>output tokens</th><th>cost (USD)</th><th>errors</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th></tr></thead><tbody>");
        foreach (var model in series.Models)
        {
            double? All(MetricSpec metric, string stat) =>
                Statistics.Compute(stat, series.Window(Key(metric, model), series.FirstMinute, series.LastMinute + 1));
            string N(double? v, string format = "0") => v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) : "-";
            sb.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Esc(model)}</td><td>{N(All(S.Invocations, "Sum"))}</td><td>{N(All(S.InputTokens, "Sum"))}</td><td>{N(All(S.OutputTokens, "Sum"))}</td><td>{N(All(S.CostUsd, "Sum"), "0.0000")}</td><td>{N(All(S.Errors, "Sum"))}</td><td>{N(All(S.LatencyMs, "p50"))}</td><td>{N(All(S.LatencyMs, "p95"))}</td><td>{N(All(S.LatencyMs, "p99"))}</td></tr>");
        }
        sb.Append("</tbody></table></section>");
    }

    private static void Timeline(StringBuilder sb, BacktestResult result)
    {
        var fired = result.Alarms.Where(a => a.Transitions.Any(t => t.State == AlarmState.Alarm)).ToList();
        sb.Append(CultureInfo.InvariantCulture, $"<section><h2>Alarm timeline</h2><p class=\"sub\">{result.Alarms.Count} alarms evaluated every minute with CloudWatch semantics; {fired.Count} went to ALARM.</p>");
        const int labelWidth = 330, width = 1100, rowHeight = 22;
        var span = Math.Max(1, (result.To - result.From).TotalMinutes);
        double X(DateTimeOffset t) => labelWidth + (width - labelWidth - 10) * (t - result.From).TotalMinutes / span;
        var height = 30 + Math.Max(1, fired.Count) * rowHeight;
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>Alarm timeline</title>");
        for (var k = 0; k <= 6; k++)
        {
            var t = result.From.AddMinutes(span * k / 6);
            var anchor = k == 0 ? "start" : k == 6 ? "end" : "middle";
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(t))}\" y=\"14\" class=\"ax\" text-anchor=\"{anchor}\">{t.UtcDateTime:HH:mm}</text>");
        }
        if (fired.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"22\" width=\"{width - labelWidth - 10}\" height=\"16\" class=\"s-OK\"/><text x=\"4\" y=\"34\" class=\"ax\">every alarm stayed OK</text>");
        }
        for (var row = 0; row < fired.Count; row++)
        {
            var alarm = fired[row];
            var y = 22 + row * rowHeight;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 12}\" class=\"ax\">{Esc(Trim(alarm.Name))}</text>");
            for (var i = 0; i < alarm.Transitions.Count; i++)
            {
                var t = alarm.Transitions[i];
                var end = i + 1 < alarm.Transitions.Count ? alarm.Transitions[i + 1].Time : result.To;
                var state = AlarmStates.ToWire(t.State);
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(X(t.Time))}\" y=\"{y}\" width=\"{F(Math.Max(1, X(end) - X(t.Time)))}\" height=\"16\" class=\"s-{state}\"><title>{Esc(alarm.Name)}: {state} {t.Time.UtcDateTime:HH:mm}-{end.UtcDateTime:HH:mm}</title></rect>");
            }
        }
        sb.Append("</svg><ul class=\"changes\">");
        foreach (var (alarm, t) in fired.SelectMany(a => a.Transitions.SkipWhile(t => t.State != AlarmState.Alarm).Select(t => (a, t))).OrderBy(c => c.t.Time))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><time>{t.Time.UtcDateTime:yyyy-MM-dd HH:mm}</time> <b class=\"s-{AlarmStates.ToWire(t.State)}\">{AlarmStates.ToWire(t.State)}</b> {Esc(alarm.Name)} <i>{alarm.Severity.ToString().ToUpperInvariant()}</i></li>");
        }
        sb.Append("</ul>");
        if (result.Skipped.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<details><summary>{result.Skipped.Count} alarms not evaluated from logs</summary><ul>");
            foreach (var s in result.Skipped) sb.Append(CultureInfo.InvariantCulture, $"<li>{Esc(s.Name)}: {Esc(s.Reason)}</li>");
            sb.Append("</ul></details>");
        }
        if (result.Alarms.FirstOrDefault(a => a.Note is not null) is { } noted) sb.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">Note: {Esc(noted.Note!)}</p>");
        sb.Append("</section>");
    }

    private static string Trim(string name) => name.Length <= 52 ? name : string.Concat(name.AsSpan(0, 49), "...");

    private static SeriesKey Key(MetricSpec metric, string model) =>
        new(metric.Namespace, metric.Name, SeriesKey.DimensionsOf([KeyValuePair.Create(MetricDimensions.ModelId, model)]));

    private static DateTimeOffset Minute(long minute) => DateTimeOffset.FromUnixTimeSeconds(minute * 60);
}
