using System.Text;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;

namespace LlmWatch.Core.Judge;

/// <summary>
/// Prices the judge's own calls for its daily budget, failing closed:
/// <list type="bullet">
/// <item>A judge model the price book cannot price refuses to start (<see cref="FromPriceBook"/> throws): a budget that
/// counts calls as free is no budget, and a guessed "family" price could be off by 10× either way, while the fix (a
/// price or alias in the override file) is one line.</item>
/// <item>A reply without <c>usage</c> is counted at an upper bound: every prompt byte as an input token (byte-level
/// tokenizers never emit more tokens than bytes; typical English runs about four bytes a token) and the call's
/// output cap (<see cref="JudgePrompt.MaxOutputTokens"/>, or the reply's bytes if larger) as output. Those tokens are
/// metered as <c>JudgeUnpricedTokens</c>, so an estimate is visible in the quality metrics.</item>
/// </list>
/// </summary>
public sealed class JudgePricing
{
    private readonly Func<TokenCounts, DateTimeOffset, double?> _price;
    private readonly int _maxOutputTokens;

    /// <param name="price">Cost of reported or estimated tokens; null means "no price" (offline runs).</param>
    /// <param name="maxOutputTokens">The output cap the judge model is called with.</param>
    public JudgePricing(Func<TokenCounts, DateTimeOffset, double?> price, int maxOutputTokens = JudgePrompt.MaxOutputTokens)
    {
        _price = price;
        _maxOutputTokens = maxOutputTokens > 0 ? maxOutputTokens : throw new ArgumentOutOfRangeException(nameof(maxOutputTokens));
    }

    /// <summary>No prices at all (the offline judge against any endpoint): every call's cost is null and its tokens unpriced.</summary>
    public static JudgePricing Unpriced { get; } = new((_, _) => null);

    /// <summary>
    /// Prices with <paramref name="priceBook"/> under <paramref name="judgeModelId"/>. Throws
    /// <see cref="JudgeModelUnpricedException"/> when the book cannot price that model (no entry, or no input or output
    /// price in its latest entry): the judge must not start then.
    /// </summary>
    public static JudgePricing FromPriceBook(PriceBook priceBook, string judgeModelId)
    {
        var resolution = priceBook.Resolve(judgeModelId);
        if (resolution.Model is not { } model)
            throw new JudgeModelUnpricedException(
                $"judge model \"{judgeModelId}\" has no price ({resolution.Note}); the judge's daily budget cannot be enforced, so the judge does not start. "
                + "Price the model (or alias it) in the price override file, or choose a priced judge model (llmwatch prices --model ID shows how an id resolves).");
        var latest = model.Prices[^1].Prices;
        if (latest.Input is null || latest.Output is null)
            throw new JudgeModelUnpricedException(
                $"judge model \"{judgeModelId}\" is priced as \"{model.Id}\", which has no output price; the judge's daily budget cannot be enforced, so the judge does not start.");
        return new JudgePricing((tokens, at) => priceBook.TryGetCost(judgeModelId, at, tokens, out var cost) ? cost : HighestCost(model, tokens));
    }

    /// <summary>The cost of one call: from the reply's reported usage, or at the conservative estimate where it reported none.</summary>
    public JudgeCallCost Price(JudgePrompt prompt, JudgeCompletion completion, DateTimeOffset at)
    {
        var reported = new TokenCounts(completion.InputTokens ?? 0, completion.OutputTokens ?? 0, 0, 0);
        if (completion.InputTokens is not null && completion.OutputTokens is not null)
            return new JudgeCallCost(_price(reported, at), reported, 0);
        var input = completion.InputTokens ?? Encoding.UTF8.GetByteCount(prompt.System) + Encoding.UTF8.GetByteCount(prompt.User);
        var output = completion.OutputTokens ?? Math.Max(_maxOutputTokens, Encoding.UTF8.GetByteCount(completion.Text));
        var estimated = (completion.InputTokens is null ? input : 0) + (completion.OutputTokens is null ? output : 0);
        var usd = _price(new TokenCounts(input, output, 0, 0), at);
        return new JudgeCallCost(usd, reported, usd is null ? 0 : estimated);
    }

    // A date before the model's first dated price: the highest of its entries, never free.
    private static double HighestCost(PricedModel model, TokenCounts tokens)
    {
        var highest = 0d;
        foreach (var entry in model.Prices)
        {
            if (entry.Prices.TryCostUsd(tokens, out var cost))
                highest = Math.Max(highest, cost);
        }
        return highest;
    }
}
