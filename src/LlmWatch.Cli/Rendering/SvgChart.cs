using System.Globalization;
using System.Net;
using System.Text;

namespace LlmWatch.Cli.Rendering;

/// <summary>Small inline-SVG charts for the HTML report: no scripts or fonts from outside.</summary>
internal static class SvgChart
{
    public const int Width = 560, Height = 220;
    private const int Left = 56, Right = 12, Top = 28, Bottom = 30;

    /// <summary>One named line (or bar set); null values are gaps.</summary>
    public sealed record Series(string Name, string Color, IReadOnlyList<double?> Values, bool Bars = false);

    public static string Render(string title, IReadOnlyList<DateTimeOffset> times, IReadOnlyList<Series> series, string unit,
        IReadOnlyList<(double Value, string Label)>? lines = null)
    {
        var all = series.SelectMany(s => s.Values).OfType<double>().Concat(lines?.Select(l => l.Value) ?? []).ToList();
        var max = AxisMax(all.Count == 0 ? 0 : all.Max());
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        var n = Math.Max(times.Count, 1);
        double X(int i) => Left + (n == 1 ? plotW / 2.0 : plotW * i / (double)(n - 1));
        double Y(double v) => Top + plotH - plotH * v / max;

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" xmlns=\"http://www.w3.org/2000/svg\" data-max=\"{F(max)}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{Esc(title)}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"16\" class=\"t\">{Esc(title)} <tspan class=\"ax\">({Esc(unit)})</tspan></text>");
        for (var k = 0; k <= 4; k++)
        {
            var v = max * k / 4;
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(Y(v))}\" y2=\"{F(Y(v))}\" class=\"grid\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(Y(v) + 4)}\" class=\"ax\" text-anchor=\"end\">{Short(v)}</text>");
        }
        var ticks = Math.Min(6, n);
        for (var k = 0; k < ticks && times.Count > 0; k++)
        {
            var i = ticks == 1 ? 0 : (int)Math.Round((n - 1) * k / (double)(ticks - 1));
            var anchor = k == 0 && ticks > 1 ? "start" : k == ticks - 1 && ticks > 1 ? "end" : "middle";
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(i))}\" y=\"{Height - 10}\" class=\"ax\" text-anchor=\"{anchor}\">{times[i].UtcDateTime:HH:mm}</text>");
        }
        foreach (var (value, label) in lines ?? [])
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(Y(value))}\" y2=\"{F(Y(value))}\" class=\"thr\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right - 4}\" y=\"{F(Y(value) - 4)}\" class=\"ax\" text-anchor=\"end\">{Esc(label)}</text>");
        }
        var barWidth = Math.Max(1, plotW / (double)n * 0.8 / Math.Max(1, series.Count(s => s.Bars)));
        var barIndex = 0;
        foreach (var s in series)
        {
            if (s.Bars)
            {
                for (var i = 0; i < s.Values.Count; i++)
                {
                    if (s.Values[i] is not { } v || v <= 0) continue;
                    var x = X(i) - barWidth * (series.Count(b => b.Bars) / 2.0 - barIndex);
                    sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(Y(v))}\" width=\"{F(barWidth)}\" height=\"{F(Top + plotH - Y(v))}\" fill=\"{s.Color}\"><title>{Esc(s.Name)} {times[i].UtcDateTime:HH:mm}: {Short(v)}</title></rect>");
                }
                barIndex++;
                continue;
            }
            foreach (var run in Runs(s.Values))
            {
                var points = string.Join(' ', run.Select(i => $"{F(X(i))},{F(Y(s.Values[i]!.Value))}"));
                sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"ln\" points=\"{points}\" stroke=\"{s.Color}\" data-series=\"{Esc(s.Name)}\"/>");
            }
        }
        var legendX = Left + 8;
        foreach (var s in series)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{legendX}\" y=\"{Top + 2}\" width=\"10\" height=\"10\" fill=\"{s.Color}\"/><text x=\"{legendX + 14}\" y=\"{Top + 11}\" class=\"ax\">{Esc(s.Name)}</text>");
            legendX += 24 + s.Name.Length * 6;
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Index runs without gaps; a lone point becomes a two-point run so it still draws.</summary>
    private static IEnumerable<List<int>> Runs(IReadOnlyList<double?> values)
    {
        var run = new List<int>();
        for (var i = 0; i <= values.Count; i++)
        {
            if (i < values.Count && values[i] is not null) { run.Add(i); continue; }
            if (run.Count == 1) run.Add(run[0]);
            if (run.Count > 0) yield return run;
            run = [];
        }
    }

    public static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Short(double v) => v switch
    {
        >= 1_000_000 => (v / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 10_000 => (v / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        >= 100 => v.ToString("0", CultureInfo.InvariantCulture),
        >= 1 => v.ToString("0.##", CultureInfo.InvariantCulture),
        _ => v.ToString("0.####", CultureInfo.InvariantCulture),
    };

    public static string Esc(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A round top for the y axis (1.2, 2, 4, 6, 8, 10 or 12 × 10ⁿ, so the four grid steps read well); 1 when all is 0.</summary>
    internal static double AxisMax(double top)
    {
        if (!(top > 0))
            return 1;
        var scale = Math.Pow(10, Math.Floor(Math.Log10(top)));
        foreach (var step in (ReadOnlySpan<double>)[1.2, 2, 4, 6, 8, 10])
        {
            if (step * scale >= top * 1.05)
                return step * scale;
        }
        return 12 * scale;
    }
}
