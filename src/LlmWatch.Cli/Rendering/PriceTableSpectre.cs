using LlmWatch.Core.Pricing;
using Spectre.Console;

namespace LlmWatch.Cli.Rendering;

/// <summary>The price table as a Spectre.Console table, for a terminal.</summary>
internal static class PriceTableSpectre
{
    public static void WriteTable(TextWriter output, PriceBook book)
    {
        var console = Consoles.For(output, isTerminal: true);
        var table = new Table { Title = new TableTitle(Markup.Escape(PriceFormat.Heading(book))) };
        // Tier steps go on their own lines to keep price columns narrow; a narrow terminal wraps cells.
        foreach (var column in PriceFormat.Columns)
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        foreach (var row in PriceFormat.Rows(book))
            table.AddRow(row.Select(cell => new Text(cell.Replace(" (>", "\n(>", StringComparison.Ordinal))).ToArray());
        console.Write(table);
        if (PriceFormat.Rows(book).Any(r => r[6].EndsWith(PriceFormat.DerivedMark, StringComparison.Ordinal)))
            console.WriteLine(PriceFormat.RuleNote);
        var tiers = new Table { Title = new TableTitle("Service tiers (other tiers, reserved included, are priced at the standard rate)") };
        foreach (var column in PriceFormat.TierColumns)
            tiers.AddColumn(new TableColumn(Markup.Escape(column)));
        foreach (var row in PriceFormat.TierRows(book))
            tiers.AddRow(row.Select(cell => new Text(cell)).ToArray());
        if (tiers.Rows.Count > 0)
            console.Write(tiers);
        foreach (var citation in PriceFormat.Citations(book))
            console.WriteLine(citation);
        if (book.Aliases.Count == 0)
            return;
        var aliases = new Table { Title = new TableTitle("Aliases (override file)") };
        aliases.AddColumn("logged id or ARN");
        aliases.AddColumn("priced as");
        foreach (var (from, to) in book.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal))
            aliases.AddRow(new Text(from), new Text(to));
        console.Write(aliases);
    }
}
