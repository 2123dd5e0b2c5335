namespace LlmWatch.Core.Pricing;

/// <summary>
/// The one loader of a price override file, for the CLI's <c>--prices</c> and the functions' <c>PRICE_FILE</c>:
/// the embedded table with the file's models and aliases applied.
/// </summary>
public static class PriceFile
{
    /// <summary>
    /// False when the file cannot be read or is invalid; <paramref name="problem"/> then names the file and says what is
    /// wrong (including the JSON path of an invalid entry), ready to follow "price file ".
    /// </summary>
    public static bool TryLoad(string path, out PriceBook book, out string problem)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var embedded = PriceBook.LoadDefault();
        book = embedded;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problem = $"'{path}' cannot be read: {e.Message}";
            return false;
        }
        if (!PriceBook.TryLoad(bytes, embedded, out var loaded, out var invalid))
        {
            problem = $"'{path}' is invalid: {invalid}";
            return false;
        }
        (book, problem) = (loaded, "");
        return true;
    }
}
