using System.CommandLine;

namespace LlmWatch.Cli.Commands;

/// <summary>The alarm backtest and report options of <c>llmwatch replay</c>.</summary>
internal sealed class BacktestOptionSet
{
    private readonly Option<FileInfo?> _template = new("--backtest")
    {
        Description = "Evaluate LlmWatch's alarms over the logs with thresholds from this SAM template's parameter defaults",
    };

    private readonly Option<string[]> _parameters = new("--param")
    {
        Description = "Override a template parameter for the backtest, Key=Value (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<FileInfo?> _report = new("--report")
    {
        Description = "Write a self-contained HTML report (charts per model and the alarm timeline) to this file",
    };

    public static BacktestOptionSet AddTo(Command command)
    {
        var set = new BacktestOptionSet();
        command.Options.Add(set._template);
        command.Options.Add(set._parameters);
        command.Options.Add(set._report);
        return set;
    }

    /// <summary>The request, or null when neither a backtest nor a report was asked for.</summary>
    public BacktestRequest? Read(ParseResult parse)
    {
        var template = parse.GetValue(_template);
        var report = parse.GetValue(_report);
        var parameters = parse.GetValue(_parameters) ?? [];
        return template is null && report is null ? null : new BacktestRequest(template, parameters, report);
    }
}
