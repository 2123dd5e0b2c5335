using System.Text.Json;

namespace LlmWatch.Core.Tests.Pricing.Reference;

/// <summary>One price kind as the file writes it: a number, or <c>{"base", "tiers": [{"start", "price"}]}</c>.</summary>
internal sealed record ReferencePrice(double Base, (long Start, double Price)[] Steps)
{
    public static ReferencePrice Read(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
            return new ReferencePrice(value.GetDouble(), []);
        var steps = value.GetProperty("tiers").EnumerateArray()
            .Select(t => (t.GetProperty("start").GetInt64(), t.GetProperty("price").GetDouble()))
            .OrderBy(t => t.Item1).ToArray();
        return new ReferencePrice(value.GetProperty("base").GetDouble(), steps);
    }

    /// <summary>README: a step applies when the whole prompt is greater than its start; the highest such step wins.</summary>
    public double For(long prompt)
    {
        var price = Base;
        foreach (var (start, stepPrice) in Steps)
        {
            if (prompt > start)
                price = stepPrice;
        }
        return price;
    }
}
