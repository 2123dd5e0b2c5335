using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Cli.Rendering;

/// <summary>Plain-text price table and model resolution, for redirected output and scripts.</summary>
internal static class PriceTableText
{
    public static void WriteTable(TextWriter output, PriceBook book)
    {
        output.WriteLine(PriceFormat.Heading(book));
        var rows = PriceFormat.Rows(book).ToList();
        var widths = new int[PriceFormat.Columns.Length];
        for (var c = 0; c < widths.Length; c++)
            widths[c] = Math.Max(PriceFormat.Columns[c].Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length));
        WriteRow(output, PriceFormat.Columns, widths);
        foreach (var row in rows)
            WriteRow(output, row, widths);
        if (rows.Any(r => r[6].EndsWith(PriceFormat.DerivedMark, StringComparison.Ordinal)))
            output.WriteLine(PriceFormat.RuleNote);
        var tiers = PriceFormat.TierRows(book).ToList();
        if (tiers.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Service tiers (published prices; other tiers, reserved included, are priced at the standard rate):");
            var tierWidths = new int[PriceFormat.TierColumns.Length];
            for (var c = 0; c < tierWidths.Length; c++)
                tierWidths[c] = Math.Max(PriceFormat.TierColumns[c].Length, tiers.Max(r => r[c].Length));
            WriteRow(output, PriceFormat.TierColumns, tierWidths);
            foreach (var row in tiers)
                WriteRow(output, row, tierWidths);
        }
        var citations = PriceFormat.Citations(book).ToList();
        if (citations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Sources of the supplement, override and service-tier prices:");
            foreach (var citation in citations)
                output.WriteLine($"  {citation}");
        }
        if (book.Aliases.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Aliases:");
            foreach (var (from, to) in book.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal))
                output.WriteLine($"  {from} -> {to}");
        }
    }

    public static void WriteResolution(TextWriter output, PriceBook book, PriceResolution resolution, DateTimeOffset now)
    {
        output.WriteLine($"model id:       {resolution.LoggedId}");
        output.WriteLine($"kind:           {PriceFormat.Kind(resolution.Kind)}");
        output.WriteLine($"normalized id:  {resolution.NormalizedId}");
        if (resolution.AliasTarget is not null)
            output.WriteLine($"alias:          {resolution.AliasTarget} (override file)");
        if (resolution.Model is not { } model)
        {
            output.WriteLine($"unpriced:       {resolution.Note}");
            output.WriteLine("                its tokens are counted as UnpricedTokens, never priced at 0");
            return;
        }
        output.WriteLine($"matched id:     {resolution.MatchedId}");
        var name = model.Name == model.Id ? "" : $" ({model.Name})";
        output.WriteLine($"price entry:    {model.Id}{name}, {PriceFormat.Source(model)}");
        if (model.Citation is { } citation)
            output.WriteLine($"price source:   {citation}");
        output.WriteLine($"rule:           {resolution.Rule}");
        if (resolution.Note is not null && resolution.AliasTarget is null)
            output.WriteLine($"note:           {resolution.Note}");
        output.WriteLine($"table:          {book.Source} {book.Version} ({book.Date})");
        if (model.PricesAt(now) is not { } prices)
        {
            output.WriteLine($"unpriced on {PriceFormat.Day(now)}: no price entry starts on or before that date");
            return;
        }
        output.WriteLine($"prices on {PriceFormat.Day(now)} (USD per 1M tokens):");
        foreach (var (kind, price) in PriceFormat.Effective(prices))
            output.WriteLine($"  {kind,-15} {price}");
        foreach (var entry in model.Prices)
        {
            if (entry.StartDate is { } start)
                output.WriteLine($"  (dated entry from {start:yyyy-MM-dd}: input {PriceFormat.Price(entry.Prices.Input)}, output {PriceFormat.Price(entry.Prices.Output)})");
        }
        foreach (var tier in model.ServiceTiers)
        {
            output.WriteLine($"service tier {ServiceTierWire.Name(tier.Tier)}: input {PriceFormat.Price(tier.Published.Input)}, output {PriceFormat.Price(tier.Published.Output)}; other kinds at the standard price");
            output.WriteLine($"  source: {tier.Citation}");
        }
        output.WriteLine(model.ServiceTiers.Count == 0
            ? "service tiers:  none published; priority, flex, reserved and latency-optimized records are priced at the standard rate and counted"
            : "service tiers:  a tier not listed here (reserved included) is priced at the standard rate and counted");
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            if (c > 0)
                output.Write("  ");
            output.Write(c == cells.Length - 1 ? cells[c] : cells[c].PadRight(widths[c]));
        }
        output.WriteLine();
    }
}
