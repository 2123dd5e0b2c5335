namespace LlmWatch.Functions.Output;

/// <summary>Helpers for writing newline-separated blocks to an <see cref="ILineSink"/>.</summary>
internal static class LineSinkExtensions
{
    /// <summary>Writes every non-empty line of <paramref name="utf8Lines"/>; returns how many were written.</summary>
    public static int WriteLines(this ILineSink sink, ReadOnlySpan<byte> utf8Lines)
    {
        var count = 0;
        foreach (var range in utf8Lines.Split((byte)'\n'))
        {
            var line = utf8Lines[range].TrimEnd((byte)'\r');
            if (line.IsEmpty)
                continue;
            sink.WriteLine(line);
            count++;
        }
        return count;
    }
}
