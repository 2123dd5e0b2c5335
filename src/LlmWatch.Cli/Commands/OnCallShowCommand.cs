using System.CommandLine;
using LlmWatch.Cli.Input;
using LlmWatch.Cli.Rendering;
using LlmWatch.Core.OnCall.Schedules;

namespace LlmWatch.Cli.Commands;

/// <summary><c>llmwatch oncall show --schedule FILE --from ISO8601 --to ISO8601 [--tiers N] [--json]</c>: handoffs in a range.</summary>
internal static class OnCallShowCommand
{
    public static Command Create(CliEnvironment env)
    {
        var schedule = OnCallCommand.ScheduleOption();
        var from = new Option<string>("--from") { Description = "Start of the range (ISO-8601 date or date-time)", Required = true };
        var to = new Option<string>("--to") { Description = "End of the range, exclusive (at most 366 days after --from)", Required = true };
        var tiers = OnCallCommand.TiersOption();
        var json = OnCallCommand.JsonOption();
        var command = new Command("show", "List the handoffs and maintenance windows in a range") { schedule, from, to, tiers, json };
        command.SetAction(parse => Run(env, parse.GetValue(schedule)!, parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(tiers), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliEnvironment env, FileInfo file, string fromText, string toText, int tierCount, bool json)
    {
        if (ScheduleFiles.TryLoad(file, env.Error, "oncall show") is not { } schedule)
            return ScheduleFiles.Invalid;
        if (!OnCallCommand.TryInstant(env, schedule, "--from", fromText, out var from) || !OnCallCommand.TryInstant(env, schedule, "--to", toText, out var to))
            return ScheduleFiles.Invalid;
        if (to <= from || to - from > OnCallCommand.MaxShowRange)
        {
            env.Error.WriteLine($"llmwatch oncall show: --to must be after --from and at most {OnCallCommand.MaxShowRange.TotalDays} days later");
            return ScheduleFiles.Invalid;
        }
        var resolver = new ScheduleResolver(schedule);
        var handoffs = resolver.HandoffsBetween(from, to, tierCount);
        var maintenance = resolver.MaintenanceBetween(from, to);
        if (json)
            OnCallJson.WriteShow(env.Out, schedule, from, to, handoffs, maintenance);
        else
            OnCallText.WriteShow(env.Out, schedule, from, to, handoffs, maintenance);
        return 0;
    }
}
