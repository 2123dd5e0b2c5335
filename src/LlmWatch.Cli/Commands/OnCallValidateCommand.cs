using System.CommandLine;
using LlmWatch.Cli.Input;

namespace LlmWatch.Cli.Commands;

/// <summary><c>llmwatch oncall validate FILE</c>: every problem with its JSON path; exit 2 when there is one, 0 when valid.</summary>
internal static class OnCallValidateCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<FileInfo>("file") { Description = "The schedule file to check" };
        var command = new Command("validate", "Check a schedule file: unknown people, empty rotations, overlapping overrides, bad zone or durations") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var load = ScheduleFiles.Load(path);
            if (load.Schedule is not { } s)
            {
                ScheduleFiles.WriteErrors(env.Error, path, load.Errors, "oncall validate");
                return ScheduleFiles.Invalid;
            }
            env.Out.WriteLine($"{path.Name}: valid ({s.Zone.Id}; {s.People.Count} people, {s.Rotations.Count} rotation(s), "
                + $"{s.Overrides.Count} override(s), {s.MaintenanceWindows.Count} maintenance window(s))");
            return 0;
        });
        return command;
    }
}
