using System.Globalization;
using LlmWatch.Core.Replay;
using Spectre.Console;

namespace LlmWatch.Cli.Rendering;

/// <summary>The per-model (or per-caller) table people read.</summary>
internal static class ReplayTable
{
    public static void Write(IAnsiConsole console, ReplayStats stats)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(stats.Grouping switch { ReplayGrouping.Caller => "Caller", ReplayGrouping.ServiceTier => "Service tier", _ => "Model" });
        foreach (var header in new[] { "Calls", "Errors", "Input", "Output", "Cache R/W", "Cost USD", "Unpriced", "p50 ms", "p95 ms", "p99 ms", "n" })
            table.AddColumn(new TableColumn(header).RightAligned());
        foreach (var g in stats.Groups)
        {
            table.AddRow(
                Markup.Escape(g.Key), N(g.Invocations), Errors(g), N(g.InputTokens), N(g.OutputTokens),
                $"{N(g.CacheReadInputTokens)}/{N(g.CacheWriteInputTokens)}",
                CostText.Of(g),
                g.UnpricedTokens == 0 ? "0" : $"[yellow]{N(g.UnpricedTokens)}[/]",
                Ms(g.LatencyPercentile(50)), Ms(g.LatencyPercentile(95)), Ms(g.LatencyPercentile(99)), N(g.LatencyCount));
        }
        var totalCost = stats.Groups.Sum(g => g.CostUsd);
        var unpricedTotal = stats.Groups.Sum(g => g.UnpricedTokens);
        var costCaption = unpricedTotal == 0 ? $"{CostText.Usd(totalCost)} USD" : $"{CostText.Usd(totalCost)} USD + {N(unpricedTotal)} unpriced tokens";
        table.Caption($"{N(stats.Parsed)} records parsed, {N(stats.Skipped.Total)} skipped; cost {Markup.Escape(costCaption)}; prices {Markup.Escape(stats.Prices.Version)} {Markup.Escape(stats.Prices.Date)}");
        console.Write(table);
        foreach (var skip in stats.FirstSkips)
            console.MarkupLine($"[grey]skipped {Markup.Escape(skip.Source)}:{skip.Line}: {skip.Reason}[/]");
        if (stats.Skipped.Total > stats.FirstSkips.Count)
            console.MarkupLine($"[grey]… and {stats.Skipped.Total - stats.FirstSkips.Count} more skipped[/]");
        var unpriced = stats.Groups.Where(g => g.UnpricedTokens > 0).Select(g => g.Key).ToList();
        if (unpriced.Count > 0 && stats.Grouping == ReplayGrouping.Model)
            console.MarkupLine($"[yellow]no price for: {Markup.Escape(string.Join(", ", unpriced))} (see `llmwatch prices`; add them with --prices FILE)[/]");
        var standardTier = stats.Groups.Sum(g => g.PricedAsStandardTier);
        if (standardTier > 0)
            console.MarkupLine($"[yellow]{N(standardTier)} records served at a tier with no published price for their model were priced at the standard rate (see `llmwatch prices --model ID`)[/]");
    }

    private static string Errors(GroupStats g) =>
        g.Errors == 0 ? "0" : $"[red]{N(g.Errors)}[/] " + Markup.Escape(string.Join(" ", g.ErrorsByClass.Select(e => $"{e.Key}:{e.Value}")));

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double? ms) => ms is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "–";
}
