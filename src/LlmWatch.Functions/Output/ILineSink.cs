namespace LlmWatch.Functions.Output;

/// <summary>Where the function writes whole lines (Lambda turns each stdout line into one log event).</summary>
internal interface ILineSink
{
    /// <summary>Writes <paramref name="utf8Line"/> followed by a newline; the line must not contain one.</summary>
    void WriteLine(ReadOnlySpan<byte> utf8Line);
}
