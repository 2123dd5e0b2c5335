namespace LlmWatch.Core.Pricing;

/// <summary>USD per 1M tokens of one kind, optionally stepped up by prompt size (genai-prices <c>{"base", "tiers"}</c>).</summary>
public sealed class TieredPrice
{
    private readonly PriceTier[] _tiers;

    public TieredPrice(double basePrice, IReadOnlyList<PriceTier>? tiers = null)
    {
        Base = basePrice;
        _tiers = tiers is null ? [] : [.. tiers];
        Array.Sort(_tiers, static (a, b) => a.Start.CompareTo(b.Start));
    }

    public double Base { get; }

    /// <summary>Tiers sorted by start.</summary>
    public IReadOnlyList<PriceTier> Tiers => _tiers;

    public bool IsTiered => _tiers.Length > 0;

    /// <summary>
    /// The price for a request whose prompt has <paramref name="promptTokens"/> tokens. Same semantics as genai-prices:
    /// a tier applies when the prompt is strictly greater than its start (the dataset encodes "272K and above" as
    /// start 271999), the highest such tier wins, and its price applies to all tokens of the request, not only to
    /// those above the threshold.
    /// </summary>
    public double At(long promptTokens)
    {
        var price = Base;
        foreach (var tier in _tiers)
        {
            if (promptTokens <= tier.Start)
                break;
            price = tier.Price;
        }
        return price;
    }

    /// <summary>This price with the base and every step multiplied by <paramref name="factor"/> (same starts).</summary>
    public TieredPrice Times(double factor)
    {
        var tiers = new PriceTier[_tiers.Length];
        for (var i = 0; i < tiers.Length; i++)
            tiers[i] = _tiers[i] with { Price = _tiers[i].Price * factor };
        return new TieredPrice(Base * factor, tiers);
    }

    public override string ToString()
    {
        if (_tiers.Length == 0)
            return Format(Base);
        var text = Format(Base);
        foreach (var tier in _tiers)
            text += $" (>{tier.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Format(tier.Price)})";
        return text;
    }

    private static string Format(double value) => value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
