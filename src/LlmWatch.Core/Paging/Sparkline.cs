using System.Text;

namespace LlmWatch.Core.Paging;

/// <summary>Text sparkline (▁…█) scaled between the series' min and max.</summary>
public static class Sparkline
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public static string Render(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
            return "";
        var min = values.Min();
        var max = values.Max();
        var sb = new StringBuilder(values.Count);
        foreach (var v in values)
        {
            var index = max > min ? (int)Math.Round((v - min) / (max - min) * (Bars.Length - 1)) : 0;
            sb.Append(Bars[Math.Clamp(index, 0, Bars.Length - 1)]);
        }
        return sb.ToString();
    }
}
