using LlmWatch.Core.Pricing;

namespace LlmWatch.Functions.Configuration;

/// <summary>The embedded price table, with the <c>PRICE_FILE</c> override applied when the setting names one.</summary>
internal static class PriceBookLoader
{
    /// <summary>Throws <see cref="ConfigurationException"/> naming <c>PRICE_FILE</c> when the file cannot be read or is invalid.</summary>
    public static PriceBook Load(string? priceFilePath)
    {
        var book = PriceBook.LoadDefault();
        if (priceFilePath is null)
            return book;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(priceFilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(MetricsSettings.PriceFileVariable,
                $"Setting {MetricsSettings.PriceFileVariable} names a file that cannot be read: '{priceFilePath}': {e.Message}");
        }
        return PriceBook.TryLoad(bytes, book, out var loaded, out var problem) ? loaded
            : throw new ConfigurationException(MetricsSettings.PriceFileVariable,
                $"Setting {MetricsSettings.PriceFileVariable} names an invalid price file '{priceFilePath}': {problem}");
    }
}
