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
        if (overrideFile is null)
        {
            book = PriceBook.LoadDefault();
            return true;
        }
        if (PriceFile.TryLoad(overrideFile.FullName, out book, out var problem))
            return true;
        error.WriteLine($"llmwatch {commandName}: price file {problem}");
        return false;
    }
}
