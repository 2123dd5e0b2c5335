using System.CommandLine;
using LlmWatch.Cli.Input;
using LlmWatch.Core.OnCall.Schedules;

namespace LlmWatch.Cli.Commands;

/// <summary><c>llmwatch oncall who|show|validate</c>: read a team's schedule file (see README "On-call schedules").</summary>
internal static class OnCallCommand
{
    /// <summary>Tiers the template pages by default (<c>TierDelaysMinutes</c> 0,15,30,60).</summary>
    public const int DefaultTiers = 4;

    /// <summary>The longest range <c>show</c> lists; a year of hourly handoffs is already unreadable.</summary>
    public static readonly TimeSpan MaxShowRange = TimeSpan.FromDays(366);

    public static Command Create(CliEnvironment env)
    {
        var command = new Command("oncall", "On-call schedules: who is on call, the handoffs in a range, and checking a schedule file");
        command.Subcommands.Add(OnCallWhoCommand.Create(env));
        command.Subcommands.Add(OnCallShowCommand.Create(env));
        command.Subcommands.Add(OnCallValidateCommand.Create(env));
        return command;
    }

    public static Option<FileInfo> ScheduleOption() => new("--schedule")
    {
        Description = "The schedule file (JSON; see events/oncall-schedule.json)",
        Required = true,
    };

    public static Option<int> TiersOption() => new("--tiers")
    {
        Description = "Tiers the deployment pages (TierDelaysMinutes); tiers without a rotation fall back to their topic",
        DefaultValueFactory = _ => DefaultTiers,
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Write JSON instead of text" };

    /// <summary>Parses an instant option: with an offset or Z it is exact, without it is local time in the schedule's zone.</summary>
    public static bool TryInstant(CliEnvironment env, Schedule schedule, string option, string text, out DateTimeOffset instant)
    {
        if (ScheduleTime.TryParseInstant(text, schedule.Zone, out instant))
            return true;
        env.Error.WriteLine($"llmwatch oncall: {option} \"{text}\" is not an ISO-8601 date-time (e.g. 2027-03-28T09:00+02:00, 2027-03-28T07:00Z, or 2027-03-28T09:00 in {schedule.Zone.Id})");
        return false;
    }
}
