namespace LlmWatch.Functions.Output;

/// <summary>Writes lines to the process's standard output, flushed per line so nothing is lost when Lambda freezes the process.</summary>
internal sealed class StdoutSink : ILineSink, IDisposable
{
    private readonly Stream _stdout = Console.OpenStandardOutput();
    private readonly Lock _gate = new();

    public void WriteLine(ReadOnlySpan<byte> utf8Line)
    {
        lock (_gate)
        {
            _stdout.Write(utf8Line);
            _stdout.WriteByte((byte)'\n');
            _stdout.Flush();
        }
    }

    public void Dispose() => _stdout.Dispose();
}
