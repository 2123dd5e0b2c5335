namespace LlmWatch.Cli;

/// <summary>The outside world a command may touch: output streams, clock, and whether output is a terminal.</summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, TimeProvider Time, bool IsTerminal);
