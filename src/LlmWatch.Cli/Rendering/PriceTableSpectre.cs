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
