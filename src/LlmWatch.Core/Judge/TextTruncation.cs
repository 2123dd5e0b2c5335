namespace LlmWatch.Core.Judge;

/// <summary>Cuts text to a character budget without splitting a surrogate pair.</summary>
internal static class TextTruncation
{
    /// <summary>Keeps the first <paramref name="maxChars"/> characters (a response: its opening says most).</summary>
    public static string KeepHead(string text, int maxChars, out bool truncated)
    {
        truncated = text.Length > maxChars;
        if (!truncated)
            return text;
        var end = maxChars;
        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
            end--;
        return text[..end];
    }

    /// <summary>Keeps the last <paramref name="maxChars"/> characters (a conversation: the latest turn is what was answered).</summary>
    public static string KeepTail(string text, int maxChars, out bool truncated)
    {
        truncated = text.Length > maxChars;
        if (!truncated)
            return text;
        var start = text.Length - maxChars;
        if (start < text.Length && char.IsLowSurrogate(text[start]))
            start++;
        return text[start..];
    }
}
