using System.Text;

namespace LlmWatch.Core.Paging;

/// <summary>Left-aligned plain-text table for email bodies (monospace not assumed; columns are padded anyway).</summary>
internal static class TextTable
{
    public static void Append(StringBuilder sb, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = headers.Select(h => h.Length).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < widths.Length && i < row.Count; i++)
                widths[i] = Math.Max(widths[i], row[i].Length);
        }
        Line(sb, headers, widths);
        foreach (var row in rows)
            Line(sb, row, widths);
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string> cells, int[] widths)
    {
        sb.Append("  ");
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Count ? cells[i] : "";
            sb.Append(i == widths.Length - 1 ? cell : cell.PadRight(widths[i] + 2));
        }
        sb.Append('\n');
    }
}
