using LlmWatch.Core.Pricing;

namespace LlmWatch.Cli.Input;

/// <summary>The embedded price table, with the user's <c>--prices FILE</c> override applied when given.</summary>
internal static class PriceFiles
{
    /// <summary>
    /// False (after writing one line naming the file and the problem to <paramref name="error"/>) when the override
    /// file is missing, unreadable or invalid; callers exit with code 2.
    /// </summary>
    public static bool TryLoad(FileInfo? overrideFile, TextWriter error, string commandName, out PriceBook book)
    {
        book = PriceBook.LoadDefault();
        if (overrideFile is null)
            return true;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(overrideFile.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error.WriteLine($"llmwatch {commandName}: cannot read price file '{overrideFile.FullName}': {e.Message}");
            return false;
        }
        if (!PriceBook.TryLoad(bytes, book, out var loaded, out var problem))
        {
            error.WriteLine($"llmwatch {commandName}: price file '{overrideFile.FullName}' is invalid: {problem}");
            return false;
        }
        book = loaded;
        return true;
    }
}
