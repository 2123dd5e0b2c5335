using LlmWatch.Core.Alarms.Definitions;
using LlmWatch.Core.Metrics.Schema;
using static LlmWatch.Core.Dashboards.WidgetSeries;
using D = LlmWatch.Core.Metrics.Schema.MetricDimensions;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Dashboards;

/// <summary>The four LlmWatch dashboards: Operations, Cost, Quality, Executive.</summary>
public static partial class DashboardCatalog
{
    /// <summary>The dashboards; LlmWatch metrics are read from <c>${MetricsNamespace}</c> when the template has that parameter.</summary>
    public static IReadOnlyList<DashboardDefinition> Create(AlarmModel alarms)
    {
        var ns = alarms.Options.NamespaceParameter is { } p ? $"${{{p}}}" : MetricNamespaces.LlmWatch;
        return [Operations(alarms, ns), Cost(ns), Quality(ns), Executive(ns)];
    }

    /// <summary>Places widgets left to right, wrapping at 24 columns.</summary>
    internal static IReadOnlyList<DashboardWidget> Layout(int startY, params DashboardWidget[] widgets)
    {
        var placed = new List<DashboardWidget>(widgets.Length);
        int x = 0, y = startY, rowHeight = 0;
        foreach (var w in widgets)
        {
            if (x + w.Width > 24) { x = 0; y += rowHeight; rowHeight = 0; }
            placed.Add(w with { X = x, Y = y });
            x += w.Width;
            rowHeight = System.Math.Max(rowHeight, w.Height);
        }
        return placed;
    }

    internal static int Bottom(IReadOnlyList<DashboardWidget> widgets) => widgets.Count == 0 ? 0 : widgets.Max(w => w.Y + w.Height);

    private static DashboardWidget Graph(string title, int period, params WidgetSeries[] series) =>
        new() { Title = title, Kind = WidgetKind.TimeSeries, Period = period, Series = series };

    private static KeyValuePair<string, string> Line(string value, string label) => new(value, label);

    private static KeyValuePair<string, string> Dim(string name, string value) => new(name, value);

    /// <summary>A schema metric; <paramref name="ns"/> is how the dashboard names LlmWatch's own (configurable) namespace.</summary>
    private static WidgetSeries Metric(string id, string ns, MetricSpec metric, string stat, string label, bool visible = true,
        params KeyValuePair<string, string>[] dimensions) =>
        WidgetSeries.Metric(id, NamespaceOf(metric, ns), metric.Name, stat, label, visible, dimensions);

    /// <summary>One line per value of <paramref name="dimension"/> of a schema metric.</summary>
    private static WidgetSeries Search(string id, string ns, string dimension, MetricSpec metric, string stat, int period, string label) =>
        Math(id, SearchOf(ns, dimension, metric, stat, period), label);

    private static string SearchOf(string ns, string dimension, MetricSpec metric, string stat, int period) =>
        SearchExpression(NamespaceOf(metric, ns), dimension, metric.Name, stat, period);

    private static string NamespaceOf(MetricSpec metric, string ns) => metric.Namespace == MetricNamespaces.LlmWatch ? ns : metric.Namespace;

    private static DashboardDefinition Operations(AlarmModel alarms, string ns)
    {
        var globalAlarms = alarms.Alarms.Where(a => a.Scope == AlarmScope.Global && a.Condition is null).Select(a => a.NameSuffix).ToArray();
        DashboardWidget[] pipeline = alarms.Options.FunctionLogicalIds.Count == 0 ? [] :
        [
            Graph("Pipeline: LlmWatch functions", 300,
                [.. alarms.Options.FunctionLogicalIds.SelectMany(f => new[]
                {
                    Metric($"e{f}", ns, S.Lambda.Errors, "Sum", $"{f} errors", true, Dim(D.FunctionName, $"${{{f}}}")),
                    Metric($"t{f}", ns, S.Lambda.Throttles, "Sum", $"{f} throttles", true, Dim(D.FunctionName, $"${{{f}}}")),
                })])
        ];
        var widgets = Layout(0, [
            new DashboardWidget { Title = "LlmWatch operations", Kind = WidgetKind.Text, Width = 24, Height = 2,
                Markdown = "Latency, traffic and errors per Bedrock model from the invocation logs (namespace LlmWatch), next to the native AWS/Bedrock metrics. Thresholds: p95 warns at 80% of the SLA (${LatencySlaMs} ms)." },
            Graph("Latency p50 by model (ms)", 60, Search("p50", ns, D.ModelId, S.LatencyMs, "p50", 60, "p50")) with { Width = 8 },
            Graph("Latency p95 by model (ms)", 60, Search("p95", ns, D.ModelId, S.LatencyMs, "p95", 60, "p95")) with
                { Width = 8, Lines = [Line("${LatencySlaMs}", "SLA")] },
            Graph("Latency p99 by model (ms)", 60, Search("p99", ns, D.ModelId, S.LatencyMs, "p99", 60, "p99")) with { Width = 8 },
            Graph("Invocations by model", 60, Search("inv", ns, D.ModelId, S.Invocations, "Sum", 60, "Invocations")),
            Graph("Errors by class", 60,
                Metric("thr", ns, S.ThrottlingErrors, "Sum", "Throttling"),
                Metric("srv", ns, S.ServerErrors, "Sum", "Server"),
                Metric("mdl", ns, S.ModelErrors, "Sum", "Model/validation"),
                Metric("den", ns, S.AccessDeniedErrors, "Sum", "Access denied"),
                Metric("oth", ns, S.OtherErrors, "Sum", "Other")) with { Stacked = true },
            Graph("Error rate, all models (%)", 300,
                Metric("err", ns, S.Errors, "Sum", "Errors", visible: false),
                Metric("all", ns, S.Invocations, "Sum", "Invocations", visible: false),
                Math("rate", "100 * err / all", "Error rate %")) with
                { Lines = [Line("${ErrorRateWarningPercent}", "warning"), Line("${ErrorRateCriticalPercent}", "critical")] },
            Graph("Throttles: LlmWatch vs AWS/Bedrock", 60,
                Search("lt", ns, D.ModelId, S.ThrottlingErrors, "Sum", 60, "logged"),
                Search("nt", ns, D.ModelId, S.Bedrock.InvocationThrottles, "Sum", 60, "AWS/Bedrock")),
            Graph("Invocations: LlmWatch vs AWS/Bedrock (all models)", 60,
                Metric("li", ns, S.Invocations, "Sum", "LlmWatch (logged)"),
                Math("ni", $"SUM({SearchOf(ns, D.ModelId, S.Bedrock.Invocations, "Sum", 60)})", "AWS/Bedrock Invocations")),
            Graph("Latency p95: LlmWatch vs AWS/Bedrock InvocationLatency", 60,
                Search("lp", ns, D.ModelId, S.LatencyMs, "p95", 60, "logged"),
                Search("np", ns, D.ModelId, S.Bedrock.InvocationLatency, "p95", 60, "AWS/Bedrock")),
            Graph("Server and client errors, AWS/Bedrock", 60,
                Search("nse", ns, D.ModelId, S.Bedrock.InvocationServerErrors, "Sum", 60, "server"),
                Search("nce", ns, D.ModelId, S.Bedrock.InvocationClientErrors, "Sum", 60, "client")),
            new DashboardWidget { Title = "Alarms", Kind = WidgetKind.Alarms, Width = 24, Height = 4, AlarmSuffixes = globalAlarms },
            Graph("Records skipped and unpriced tokens", 300,
                Metric("skip", ns, S.RecordsSkipped, "Sum", "Records skipped"),
                Metric("unp", ns, S.UnpricedTokens, "Sum", "Unpriced tokens")),
            .. pipeline]);
        return new DashboardDefinition("OperationsDashboard", "operations", "Operations", "-PT6H", widgets,
            AlarmCatalog.HasSageMakerEndpoint, SageMakerRow(Bottom(widgets), ns));
    }

    private static IReadOnlyList<DashboardWidget> SageMakerRow(int y, string ns)
    {
        var dims = new[] { Dim(D.EndpointName, "${SageMakerEndpointName}"), Dim(D.VariantName, "${SageMakerVariantName}") };
        return Layout(y,
            Graph("SageMaker ModelLatency (µs)", 60,
                Metric("sp50", ns, S.SageMaker.ModelLatency, "p50", "p50", true, dims),
                Metric("sp95", ns, S.SageMaker.ModelLatency, "p95", "p95", true, dims)) with
            { Width = 6 },
            Graph("SageMaker 5XX error rate (%)", 300,
                Metric("s5", ns, S.SageMaker.Invocation5XXErrors, "Sum", "5XX", false, dims),
                Metric("si", ns, S.SageMaker.Invocations, "Sum", "Invocations", false, dims),
                Math("s5r", "100 * s5 / si", "5XX %")) with
            { Width = 6 },
            Graph("SageMaker GPU utilization (%)", 300,
                Metric("gpu", ns, S.SageMakerEndpoints.GPUUtilization, "Average", "GPU", true, dims)) with
            { Width = 6, Lines = [Line("${GpuUtilizationMaxPercent}", "capacity")] },
            Graph("SageMaker GPU memory (%)", 300,
                Metric("gmem", ns, S.SageMakerEndpoints.GPUMemoryUtilization, "Average", "GPU memory", true, dims)) with
            { Width = 6, Lines = [Line("${GpuMemoryUtilizationMaxPercent}", "warning")] });
    }
}
