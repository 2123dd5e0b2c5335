namespace LlmWatch.Cli.Commands;

/// <summary>What <c>replay --backtest/--param/--report</c> asked for.</summary>
/// <param name="Template">Template whose parameter defaults set the thresholds; null uses the alarm model's own defaults.</param>
/// <param name="Parameters">Key=Value overrides.</param>
internal sealed record BacktestRequest(FileInfo? Template, IReadOnlyList<string> Parameters, FileInfo? Report);
