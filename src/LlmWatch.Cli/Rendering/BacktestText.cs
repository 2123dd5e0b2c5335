using System.Globalization;
using LlmWatch.Cli.Commands;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Alarms.Evaluation;

namespace LlmWatch.Cli.Rendering;

/// <summary>Backtest state changes as plain lines after the replay table.</summary>
internal static class BacktestText
{
    public static void Write(TextWriter output, BacktestRun run)
    {
        var result = run.Result;
        output.WriteLine();
        output.WriteLine($"Alarm backtest ({run.ThresholdSource}; evaluated every minute {Time(result.From)} to {Time(result.To)})");
        var fired = result.Alarms.Where(a => a.Transitions.Any(t => t.State == AlarmState.Alarm)).ToList();
        var changes = fired
            .SelectMany(a => a.Transitions.SkipWhile(t => t.State != AlarmState.Alarm).Select(t => (Alarm: a, Transition: t)))
            .OrderBy(c => c.Transition.Time).ThenBy(c => c.Alarm.Name, StringComparer.Ordinal);
        foreach (var (alarm, t) in changes)
        {
            var value = t.Value is { } v ? $"  value {v.ToString("0.###", CultureInfo.InvariantCulture)}" : "";
            output.WriteLine($"  {Time(t.Time)}  {AlarmStates.ToWire(t.State),-17} {alarm.Name} [{alarm.Severity.ToString().ToUpperInvariant()}]{value}");
        }
        output.WriteLine($"  {result.Alarms.Count} alarms evaluated, {fired.Count} went to ALARM, {result.Alarms.Count - fired.Count} stayed quiet.");
        foreach (var group in result.Skipped.GroupBy(s => s.Reason))
        {
            output.WriteLine($"  not evaluated ({group.Key}): {string.Join(", ", group.Select(s => s.Name))}");
        }
        if (result.Alarms.FirstOrDefault(a => a.Note is not null) is { } noted)
        {
            output.WriteLine($"  note: {noted.Note}");
        }
    }

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
