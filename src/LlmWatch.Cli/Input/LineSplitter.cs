using System.Buffers;

namespace LlmWatch.Cli.Input;

/// <summary>Reads a stream in large chunks and hands out each line as a span, without a string per line.</summary>
internal static class LineSplitter
{
    public delegate void LineHandler(ReadOnlySpan<byte> line, long lineNumber);

    public static void ForEachLine(Stream stream, LineHandler onLine, Action<long>? onBytes = null)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            var filled = 0;
            long lineNumber = 0;
            while (true)
            {
                if (filled == buffer.Length)
                    Grow(ref buffer);
                var read = stream.Read(buffer, filled, buffer.Length - filled);
                onBytes?.Invoke(read);
                if (read == 0)
                    break;
                var start = 0;
                var end = filled + read;
                int newline;
                while ((newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n')) >= 0)
                {
                    Emit(buffer.AsSpan(start, newline), ++lineNumber, onLine);
                    start += newline + 1;
                }
                filled = end - start;
                buffer.AsSpan(start, filled).CopyTo(buffer);
            }
            if (filled > 0)
                Emit(buffer.AsSpan(0, filled), ++lineNumber, onLine);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Emit(ReadOnlySpan<byte> line, long lineNumber, LineHandler onLine)
    {
        if (!line.IsEmpty && line[^1] == (byte)'\r')
            line = line[..^1];
        if (!line.Trim(" \t"u8).IsEmpty)
            onLine(line, lineNumber);
    }

    private static void Grow(ref byte[] buffer)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(bigger, 0);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = bigger;
    }
}
