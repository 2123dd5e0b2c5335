using static LlmWatch.Core.Dashboards.WidgetSeries;
using D = LlmWatch.Core.Metrics.Schema.MetricDimensions;
using S = LlmWatch.Core.Metrics.Schema.MetricSchema;

namespace LlmWatch.Core.Dashboards;

public static partial class DashboardCatalog
{
    private static DashboardDefinition Cost(string ns) => new("CostDashboard", "cost", "Cost", "-PT24H", Layout(0,
        Graph("Cost by model (USD per hour)", 3600, Search("cm", ns, D.ModelId, S.CostUsd, "Sum", 3600, "USD")),
        Graph("Cost by caller (USD per hour)", 3600, Search("cc", ns, D.Caller, S.CostUsd, "Sum", 3600, "USD")),
        Graph("Cumulative spend over the range vs daily budget (USD)", 300,
            Metric("cost", ns, S.CostUsd, "Sum", "cost", visible: false),
            Math("cum", "RUNNING_SUM(cost)", "Cumulative spend"),
            Math("b50", "0 * cost + 0.5 * ${DailyBudgetUsd}", "50% of budget"),
            Math("b75", "0 * cost + 0.75 * ${DailyBudgetUsd}", "75% of budget"),
            Math("b90", "0 * cost + 0.9 * ${DailyBudgetUsd}", "90% of budget")) with
        { Lines = [Line("${DailyBudgetUsd}", "daily budget")] },
        Graph("Tokens, all models", 300,
            Metric("ti", ns, S.InputTokens, "Sum", "Input"),
            Metric("to", ns, S.OutputTokens, "Sum", "Output"),
            Metric("tcr", ns, S.CacheReadInputTokens, "Sum", "Cache read"),
            Metric("tcw", ns, S.CacheWriteInputTokens, "Sum", "Cache write")) with
        { Stacked = true },
        Graph("Prompt cache hit ratio (%)", 300,
            Metric("hi", ns, S.InputTokens, "Sum", "Input", visible: false),
            Metric("hr", ns, S.CacheReadInputTokens, "Sum", "Cache read", visible: false),
            Metric("hw", ns, S.CacheWriteInputTokens, "Sum", "Cache write", visible: false),
            Math("hit", "100 * hr / (hi + hr + hw)", "Cache hit %")),
        Graph("Unpriced tokens (cost is understated while > 0)", 3600, Metric("up", ns, S.UnpricedTokens, "Sum", "Unpriced tokens"))));

    private static DashboardDefinition Quality(string ns) => new("QualityDashboard", "quality", "Quality", "-P7D", Layout(0,
        Graph("Composite quality by model", 3600, Search("qc", ns, D.ModelId, S.CompositeScore, "Average", 3600, "composite")) with
        { Lines = [Line("${QualityCompositeMin}", "warning"), Line("${QualitySafetyMin}", "target")] },
        Graph("Safety by model", 3600, Search("qs", ns, D.ModelId, S.SafetyScore, "Average", 3600, "safety")) with
        { Lines = [Line("${QualityCompositeMin}", "85 band"), Line("${QualitySafetyMin}", "critical")] },
        Graph("Relevance by model", 3600, Search("qr", ns, D.ModelId, S.RelevanceScore, "Average", 3600, "relevance")) with
        { Lines = [Line("${QualityCompositeMin}", "85"), Line("${QualitySafetyMin}", "95")] },
        Graph("Tone by model", 3600, Search("qt", ns, D.ModelId, S.ToneScore, "Average", 3600, "tone")) with
        { Lines = [Line("${QualityCompositeMin}", "85"), Line("${QualitySafetyMin}", "95")] },
        Graph("Evaluation latency p95 (ms)", 300, Search("ql", ns, D.ModelId, S.EvaluationLatencyMs, "p95", 300, "p95")) with { Width = 8 },
        Graph("Judged responses", 3600, Search("qj", ns, D.ModelId, S.JudgedResponses, "Sum", 3600, "judged")) with { Width = 8 },
        Graph("Judge cost (USD)", 3600, Search("qk", ns, D.ModelId, S.JudgeCostUsd, "Sum", 3600, "USD")) with { Width = 8 }));

    private static DashboardDefinition Executive(string ns) => new("ExecutiveDashboard", "executive", "Executive", "-P30D", Layout(0,
        new DashboardWidget
        {
            Title = "LlmWatch executive summary",
            Kind = WidgetKind.Text,
            Width = 24,
            Height = 2,
            Markdown = "Spend and usage over the last 30 days (CloudWatch dashboards have no calendar-month range: pick \"this month\" in the time picker for month-to-date)."
        },
        new DashboardWidget
        {
            Title = "Spend, whole range (USD)",
            Kind = WidgetKind.SingleValue,
            Width = 8,
            Height = 4,
            Period = 86400,
            WholeRange = true,
            Series = [Metric("s", ns, S.CostUsd, "Sum", "USD")]
        },
        new DashboardWidget
        {
            Title = "Invocations, whole range",
            Kind = WidgetKind.SingleValue,
            Width = 8,
            Height = 4,
            Period = 86400,
            WholeRange = true,
            Series = [Metric("n", ns, S.Invocations, "Sum", "Invocations")]
        },
        new DashboardWidget
        {
            Title = "Average quality",
            Kind = WidgetKind.SingleValue,
            Width = 8,
            Height = 4,
            Period = 86400,
            WholeRange = true,
            // The judge publishes scores per model only: the mean over every judged response is their sum over their count.
            Series = [Math("qa", $"SUM({SearchOf(ns, D.ModelId, S.CompositeScore, "Sum", 86400)}) / SUM({SearchOf(ns, D.ModelId, S.CompositeScore, "SampleCount", 86400)})", "Composite")]
        },
        new DashboardWidget
        {
            Title = "Top models by spend",
            Kind = WidgetKind.Bar,
            Period = 86400,
            WholeRange = true,
            Series = [Math("tm", $"SORT({SearchOf(ns, D.ModelId, S.CostUsd, "Sum", 86400)}, SUM, DESC, 5)", "USD")]
        },
        new DashboardWidget
        {
            Title = "Top callers by spend",
            Kind = WidgetKind.Bar,
            Period = 86400,
            WholeRange = true,
            Series = [Math("tc", $"SORT({SearchOf(ns, D.Caller, S.CostUsd, "Sum", 86400)}, SUM, DESC, 5)", "USD")]
        },
        Graph("Daily spend trend (USD)", 86400, Metric("d", ns, S.CostUsd, "Sum", "USD per day")) with
        { Width = 24, Lines = [Line("${DailyBudgetUsd}", "daily budget")] }));
}
