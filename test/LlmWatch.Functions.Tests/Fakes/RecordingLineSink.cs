using System.Text;
using LlmWatch.Functions.Output;

namespace LlmWatch.Functions.Tests.Fakes;

internal sealed class RecordingLineSink : ILineSink
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
                return [.. _lines];
        }
    }

    public void WriteLine(ReadOnlySpan<byte> utf8Line)
    {
        var line = Encoding.UTF8.GetString(utf8Line);
        lock (_gate)
            _lines.Add(line);
    }
}
