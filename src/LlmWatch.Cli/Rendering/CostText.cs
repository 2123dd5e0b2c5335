using System.Globalization;
using LlmWatch.Core.Replay;

namespace LlmWatch.Cli.Rendering;

/// <summary>Cost as people read it in tables: a priced call never shows as 0.0000, and unpriced tokens never as 0.</summary>
internal static class CostText
{
    /// <summary>Costs from this up are shown to four decimals; smaller positive costs keep two significant digits.</summary>
    public const double FourDecimalsFrom = 0.0001;

    /// <summary>
    /// USD: exactly zero is <c>0</c>; from 0.0001 up, four decimals; below that, fixed-point with two significant digits
    /// (<c>0.000066</c>, <c>0.00000063</c>), so a priced call never reads 0.0000 and never shows exponent notation.
    /// </summary>
    public static string Usd(double usd)
    {
        if (usd == 0)
            return "0";
        if (usd >= FourDecimalsFrom)
            return usd.ToString("0.0000", CultureInfo.InvariantCulture);
        var decimals = Math.Min(15, (int)Math.Ceiling(-Math.Log10(usd)) + 1);
        return usd.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A row's cost: <c>unpriced</c> when its tokens have no price, <c>X + unpriced</c> when only some do.</summary>
    public static string Of(GroupStats group) => group.UnpricedTokens == 0 ? Usd(group.CostUsd)
        : group.CostUsd > 0 ? $"{Usd(group.CostUsd)} + unpriced"
        : "unpriced";
}
