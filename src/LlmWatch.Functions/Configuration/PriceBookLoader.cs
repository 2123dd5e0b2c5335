using LlmWatch.Core.Pricing;

namespace LlmWatch.Functions.Configuration;

/// <summary>The price book of every function that prices tokens: the embedded table, with <c>PRICE_FILE</c> applied when set.</summary>
internal static class PriceBookLoader
{
    public const string PriceFileVariable = "PRICE_FILE";

    /// <summary>Throws <see cref="ConfigurationException"/> naming <c>PRICE_FILE</c> when the file is missing, unreadable or invalid.</summary>
    public static PriceBook Load(SettingsSource settings)
    {
        if (settings.Optional(PriceFileVariable) is not { } path)
            return PriceBook.LoadDefault();
        return PriceFile.TryLoad(path, out var book, out var problem) ? book
            : throw new ConfigurationException(PriceFileVariable, $"Setting {PriceFileVariable}: price file {problem}");
    }
}
