using LlmWatch.Core.OnCall.Schedules;

namespace LlmWatch.Cli.Input;

/// <summary>Reads a schedule file for the <c>oncall</c> commands; problems go to the error stream, one per line.</summary>
internal static class ScheduleFiles
{
    /// <summary>Exit code for a schedule file that is missing, unreadable or invalid.</summary>
    public const int Invalid = 2;

    public static ScheduleLoad Load(FileInfo file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return new ScheduleLoad(null, [new ScheduleError("$", $"cannot read '{file.FullName}': {e.Message}")]);
        }
        return ScheduleReader.Read(bytes);
    }

    /// <summary>The schedule, or null after writing every problem to <paramref name="error"/> (callers exit with <see cref="Invalid"/>).</summary>
    public static Schedule? TryLoad(FileInfo file, TextWriter error, string command)
    {
        var load = Load(file);
        if (load.Schedule is { } schedule)
            return schedule;
        WriteErrors(error, file, load.Errors, command);
        return null;
    }

    public static void WriteErrors(TextWriter error, FileInfo file, IReadOnlyList<ScheduleError> errors, string command)
    {
        error.WriteLine($"llmwatch {command}: schedule '{file.FullName}' has {errors.Count} problem(s):");
        foreach (var e in errors)
            error.WriteLine("  " + e);
    }
}
