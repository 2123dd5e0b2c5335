using System.Buffers;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using LlmWatch.Cli.Input;
using LlmWatch.Cli.Rendering;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Replay;
using Spectre.Console;

namespace LlmWatch.Cli.Commands;

/// <summary><c>llmwatch replay &lt;file|dir&gt;...</c>: the metrics path run locally over log files.</summary>
internal static class ReplayCommand
{
    private const long ProgressThresholdBytes = 32L << 20;

    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Invocation-log JSONL files (optionally .gz), subscription-event JSON files, or directories of them" };
        var by = new Option<string>("--by") { Description = "Group rows by model, caller or service-tier", DefaultValueFactory = _ => "model" };
        by.AcceptOnlyFromAmong("model", "caller", "service-tier");
        var json = new Option<bool>("--json") { Description = "Print the JSON document instead of the table" };
        var emfOut = new Option<FileInfo?>("--emf-out") { Description = "Write the EMF lines the metrics Lambda would print to this file" };
        var prices = new Option<FileInfo?>("--prices") { Description = "Price override file applied over the embedded table (see README \"Pricing\")" };
        var ns = new Option<string>("--namespace") { Description = "EMF namespace", DefaultValueFactory = _ => EmfOptions.DefaultNamespace };
        var command = new Command("replay", "Replay Bedrock invocation logs: per-model tokens, cost, errors and latency percentiles") { paths, by, json, emfOut, ns, prices };
        var alarms = BacktestOptionSet.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new ReplayOptions(
                parse.GetValue(paths)!, Grouping(parse.GetValue(by)),
                parse.GetValue(json), parse.GetValue(emfOut), parse.GetValue(ns)!)
            { Prices = parse.GetValue(prices) };
            return Run(env, options, alarms.Read(parse));
        });
        return command;
    }

    private static ReplayGrouping Grouping(string? by) => by switch
    {
        "caller" => ReplayGrouping.Caller,
        "service-tier" => ReplayGrouping.ServiceTier,
        _ => ReplayGrouping.Model,
    };

    internal static int Run(CliEnvironment env, ReplayOptions options, BacktestRequest? backtest = null)
    {
        if (!PriceFiles.TryLoad(options.Prices, env.Error, "replay", out var book))
            return 2;
        try
        {
            var files = LogFiles.Expand(options.Paths);
            var emf = options.EmfOut is null ? null : new ArrayBufferWriter<byte>();
            var prices = book;
            var session = new ReplaySession(prices, new EmfOptions(options.Namespace), options.Grouping, emf) { KeepRecords = backtest is not null };
            ReadAll(env, files, session, showProgress: env.IsTerminal && !options.Json);
            var alarmRun = backtest is null ? null : BacktestRun.Execute(backtest, session.Records, prices);
            if (backtest?.Report is { } report)
                File.WriteAllText(report.FullName, HtmlReport.Render(alarmRun!, env.Time.GetUtcNow()));
            if (emf is not null)
                File.WriteAllBytes(options.EmfOut!.FullName, emf.WrittenSpan.ToArray());
            if (options.Json)
            {
                using var stream = new MemoryStream();
                // People read this: keep '+' in price versions readable instead of \u002B (no HTML context here).
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                    ReplayJson.Write(writer, session.Stats, alarmRun is null ? null : w => BacktestJson.Write(w, alarmRun));
                env.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                ReplayTable.Write(Consoles.For(env.Out, env.IsTerminal), session.Stats);
                if (alarmRun is not null && backtest!.Template is not null)
                    BacktestText.Write(env.Out, alarmRun);
            }
            return 0;
        }
        catch (LogSourceException e)
        {
            env.Error.WriteLine($"llmwatch replay: {e.Message}");
            return 2;
        }
        catch (ArgumentException e)
        {
            env.Error.WriteLine($"llmwatch replay: {e.Message}");
            return 2;
        }
    }

    private static void ReadAll(CliEnvironment env, IReadOnlyList<FileInfo> files, ReplaySession session, bool showProgress)
    {
        var totalBytes = files.Sum(f => f.Length);
        if (!showProgress || totalBytes < ProgressThresholdBytes)
        {
            foreach (var file in files)
                session.ReadFile(file);
            return;
        }
        new Progress(Consoles.For(env.Error, isTerminal: true)).Start(ctx =>
        {
            var task = ctx.AddTask("replaying", maxValue: totalBytes);
            foreach (var file in files)
                session.ReadFile(file, bytes => task.Increment(bytes));
            task.Value = totalBytes;
        });
    }
}
