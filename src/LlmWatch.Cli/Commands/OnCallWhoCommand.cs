using System.CommandLine;
using LlmWatch.Cli.Input;
using LlmWatch.Cli.Rendering;
using LlmWatch.Core.OnCall.Schedules;

namespace LlmWatch.Cli.Commands;

/// <summary><c>llmwatch oncall who --schedule FILE [--at ISO8601] [--tiers N] [--json]</c>: who is on call per tier.</summary>
internal static class OnCallWhoCommand
{
    public static Command Create(CliEnvironment env)
    {
        var schedule = OnCallCommand.ScheduleOption();
        var at = new Option<string>("--at") { Description = "The instant to ask about (ISO-8601; default now; without an offset it is local time in the schedule's zone)" };
        var tiers = OnCallCommand.TiersOption();
        var json = OnCallCommand.JsonOption();
        var command = new Command("who", "Show who is on call for each tier at an instant") { schedule, at, tiers, json };
        command.SetAction(parse => Run(env, parse.GetValue(schedule)!, parse.GetValue(at), parse.GetValue(tiers), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliEnvironment env, FileInfo file, string? atText, int tierCount, bool json)
    {
        if (ScheduleFiles.TryLoad(file, env.Error, "oncall who") is not { } schedule)
            return ScheduleFiles.Invalid;
        var at = env.Time.GetUtcNow();
        if (atText is not null && !OnCallCommand.TryInstant(env, schedule, "--at", atText, out at))
            return ScheduleFiles.Invalid;
        var resolver = new ScheduleResolver(schedule);
        var onCall = resolver.OnCallAt(at, tierCount);
        if (json)
        {
            OnCallJson.WriteWho(env.Out, at, onCall);
            return 0;
        }
        var maintenance = resolver.MaintenanceBetween(at, at.AddTicks(1));
        OnCallText.WriteWho(env.Out, schedule, at, onCall, maintenance);
        return 0;
    }
}
