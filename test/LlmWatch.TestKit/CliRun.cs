namespace LlmWatch.TestKit;

/// <summary>What a CLI run printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error);
