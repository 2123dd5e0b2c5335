namespace LlmWatch.Cli.Input;

/// <summary>A path that cannot be read, or an envelope that cannot be decoded; the message names the file.</summary>
internal sealed class LogSourceException(string message, Exception? inner = null) : Exception(message, inner);
