using System.CommandLine;
using System.Globalization;
using LlmWatch.Cli.Input;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Metrics;
using LlmWatch.Core.Paging;
using LlmWatch.Core.Pricing;
using LlmWatch.Core.Records;
using LlmWatch.Core.Replay;

namespace LlmWatch.Cli.Commands;

/// <summary><c>llmwatch page &lt;alarm-event.json&gt; --logs &lt;files&gt;</c>: the page the alarm function would send, rendered offline.</summary>
internal static class PageCommand
{
    public static Command Create(CliEnvironment env)
    {
        var alarm = new Argument<string>("alarm-event") { Description = "SNS event delivered to the alarm function (Records[].Sns.Message), or a bare CloudWatch alarm notification JSON" };
        var logs = new Option<string[]>("--logs") { AllowMultipleArgumentsPerToken = true, Description = "Invocation-log JSONL files (optionally .gz), subscription-event JSON files, or directories, to compute the evidence from" };
        var format = new Option<string>("--format") { Description = "email (default), sms, json (the document HTTPS/Lambda/SQS subscribers get) or sns (the MessageStructure=json body published)", DefaultValueFactory = _ => "email" };
        format.AcceptOnlyFromAmong("email", "sms", "json", "sns");
        var json = new Option<bool>("--json") { Description = "Shorthand for --format json" };
        var dashboard = new Option<string>("--dashboard") { Description = "Dashboard linked from the page (template parameter DashboardName); empty for none", DefaultValueFactory = _ => "LlmWatch" };
        var ackUrl = new Option<string>("--ack-url") { Description = "Ack function URL (stack output AckFunctionUrlOutput); the token in the link is a placeholder offline", DefaultValueFactory = _ => PageOptions.PlaceholderAckUrl };
        var runbook = new Option<string?>("--runbook") { Description = "Runbook URL (default: the 'Runbook: https://...' in the alarm description)" };
        var includeText = new Option<bool>("--include-text") { Description = "Opt in to response text, as template parameter IncludeTextInPages=true does" };
        var logGroups = new Option<string[]>("--log-group") { AllowMultipleArgumentsPerToken = true, Description = "Invocation log group(s) the Logs Insights link opens", DefaultValueFactory = _ => ["/aws/bedrock/modelinvocations"] };
        var judgeLogGroup = new Option<string?>("--judge-log-group") { Description = "Judge function log group (Logs Insights link of quality alarms)" };
        var ns = new Option<string>("--namespace") { Description = "Namespace the metrics function writes (template parameter MetricsNamespace)", DefaultValueFactory = _ => EmfOptions.DefaultNamespace };
        var tier = new Option<int>("--tier") { Description = "0 renders the first page; 1-3 the escalation page of that tier (default delays 0/15/30/60 min)", DefaultValueFactory = _ => 0 };
        var prices = new Option<FileInfo?>("--prices") { Description = "Price override file applied over the embedded table (see README \"Pricing\")" };
        var command = new Command("page", "Render offline the page the alarm function would send, with the evidence computed from local logs")
        {
            alarm, logs, format, json, dashboard, ackUrl, runbook, includeText, logGroups, judgeLogGroup, ns, tier, prices,
        };
        command.SetAction(parse =>
        {
            var tierValue = parse.GetValue(tier);
            if (tierValue is < 0 or > 3)
            {
                env.Error.WriteLine("llmwatch page: --tier must be 0, 1, 2 or 3");
                return 2;
            }
            var dashboardName = parse.GetValue(dashboard);
            var options = new PageOptions(
                parse.GetValue(alarm)!, parse.GetValue(logs) ?? [], parse.GetValue(json) ? "json" : parse.GetValue(format)!,
                string.IsNullOrEmpty(dashboardName) ? null : dashboardName, parse.GetValue(ackUrl)!, parse.GetValue(runbook),
                parse.GetValue(includeText), parse.GetValue(logGroups)!, parse.GetValue(judgeLogGroup), parse.GetValue(ns)!, tierValue)
            { Prices = parse.GetValue(prices) };
            return Run(env, options);
        });
        return command;
    }

    internal static int Run(CliEnvironment env, PageOptions options)
    {
        if (!PriceFiles.TryLoad(options.Prices, env.Error, "page", out var book))
            return 2;
        var read = AlarmEventFile.Read(options.AlarmFile);
        if (read.Error is not null)
        {
            env.Error.WriteLine($"llmwatch page: {read.Error}");
            return 2;
        }
        IReadOnlyList<InvocationRecord>? records = null;
        if (options.Logs.Count > 0)
        {
            try
            {
                records = ReadLogs(env, options.Logs, book);
            }
            catch (LogSourceException e)
            {
                env.Error.WriteLine($"llmwatch page: {e.Message}");
                return 2;
            }
        }

        var pager = new OfflinePager(book, options);
        var rendered = 0;
        var withAckLink = false;
        foreach (var notification in read.Alarms)
        {
            if (pager.Render(notification, records) is not { } page)
            {
                env.Error.WriteLine($"llmwatch page: {options.AlarmFile}: {notification.AlarmName} is {AlarmStates.ToWire(notification.NewState)}, which the alarm function does not page");
                continue;
            }
            if (rendered++ > 0 && options.Format is "email")
                env.Out.WriteLine();
            withAckLink |= notification.NewState == AlarmState.Alarm;
            env.Out.WriteLine(options.Format switch
            {
                "sms" => page.Sms,
                "json" => page.Json,
                "sns" => PageRenderer.ToMessageStructure(page),
                _ => page.Email.TrimEnd('\n'),
            });
        }
        if (withAckLink)
            env.Error.WriteLine($"llmwatch page: the ack link is a placeholder (token {PageOptions.PlaceholderToken}); deployed pages carry a token signed with the stack's ack secret");
        return rendered > 0 ? 0 : 1;
    }

    private static List<InvocationRecord> ReadLogs(CliEnvironment env, IReadOnlyList<string> paths, PriceBook prices)
    {
        var files = LogFiles.Expand(paths);
        var session = new ReplaySession(prices, new EmfOptions(), ReplayGrouping.Model, emfOut: null) { KeepRecords = true };
        foreach (var file in files)
            session.ReadFile(file);
        var stats = session.Stats;
        env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"llmwatch page: {stats.Parsed} invocation records from {files.Count} file(s), {stats.Skipped.Total} malformed skipped"));
        foreach (var skip in stats.FirstSkips)
            env.Error.WriteLine($"llmwatch page: skipped {skip.Source}:{skip.Line.ToString(CultureInfo.InvariantCulture)}: {skip.Reason}");
        return [.. session.Records];
    }
}
