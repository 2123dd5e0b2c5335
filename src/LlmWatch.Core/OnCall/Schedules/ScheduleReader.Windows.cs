using System.Globalization;
using System.Text.Json;

namespace LlmWatch.Core.OnCall.Schedules;

public static partial class ScheduleReader
{
    private const string WindowProperties = "name, match, model, days, start, end, reason";

    private static void ReadWindows(ref Utf8JsonReader reader, Draft draft, List<ScheduleError> errors)
    {
        if (!ScheduleJson.Expect(ref reader, JsonTokenType.StartArray, "$.maintenanceWindows", "an array of maintenance windows", errors))
            return;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; ScheduleJson.NextElement(ref reader, $"$.maintenanceWindows[{i}]", "a maintenance window object", errors, out var isObject); i++)
        {
            if (!isObject)
                continue;
            var path = $"$.maintenanceWindows[{i}]";
            if (ReadWindow(ref reader, path, errors) is { } window)
            {
                if (names.Add(window.Name))
                    draft.Windows.Add(window);
                else
                    errors.Add(new ScheduleError(path + ".name", $"duplicate maintenance window \"{window.Name}\""));
            }
        }
    }

    private static MaintenanceWindow? ReadWindow(ref Utf8JsonReader reader, string path, List<ScheduleError> errors)
    {
        string? name = null, match = null, model = null, reason = null;
        HashSet<DayOfWeek>? days = null;
        TimeOnly? start = null, end = null;
        var count = errors.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (ScheduleJson.NextProperty(ref reader, out var property))
        {
            seen.Add(property);
            switch (property)
            {
                case "name": name = ScheduleJson.String(ref reader, path + ".name", errors); break;
                case "match": match = ScheduleJson.String(ref reader, path + ".match", errors); break;
                case "model": model = ScheduleJson.String(ref reader, path + ".model", errors); break;
                case "reason": reason = ScheduleJson.String(ref reader, path + ".reason", errors); break;
                case "days": days = ReadDays(ref reader, path + ".days", errors); break;
                case "start": start = ReadClock(ref reader, path + ".start", errors); break;
                case "end": end = ReadClock(ref reader, path + ".end", errors); break;
                case "comment": ScheduleJson.Ignore(ref reader); break;
                default: ScheduleJson.Unknown(ref reader, path, property, WindowProperties, errors); break;
            }
        }
        ScheduleJson.Require(seen, path, errors, "name", "match", "days", "start", "end");
        AlarmMatch? alarmMatch = null;
        if (match is not null)
        {
            if (AlarmMatch.TryParse(match, model, out var parsed, out var problem))
                alarmMatch = parsed;
            else
                errors.Add(new ScheduleError(path + ".match", problem));
        }
        if (start is { } s && end is { } e && s == e)
            errors.Add(new ScheduleError(path + ".end", "end equals start; a window needs a length"));
        if (errors.Count > count)
            return null;
        return new MaintenanceWindow(name!, alarmMatch!, days!, start!.Value, end!.Value, reason);
    }

    private static HashSet<DayOfWeek>? ReadDays(ref Utf8JsonReader reader, string path, List<ScheduleError> errors)
    {
        if (ScheduleJson.Strings(ref reader, path, errors) is not { } items)
            return null;
        if (items.Count == 0)
        {
            errors.Add(new ScheduleError(path, "name at least one day"));
            return null;
        }
        var days = new HashSet<DayOfWeek>();
        foreach (var (text, itemPath) in items)
        {
            var day = Enum.GetValues<DayOfWeek>().FirstOrDefault(
                d => text.Equals(d.ToString(), StringComparison.OrdinalIgnoreCase) || text.Equals(d.ToString()[..3], StringComparison.OrdinalIgnoreCase), (DayOfWeek)(-1));
            if (day == (DayOfWeek)(-1))
                errors.Add(new ScheduleError(itemPath, $"\"{text}\" is not a day (expected Monday..Sunday or Mon..Sun)"));
            else
                days.Add(day);
        }
        return days;
    }

    private static TimeOnly? ReadClock(ref Utf8JsonReader reader, string path, List<ScheduleError> errors)
    {
        if (ScheduleJson.String(ref reader, path, errors) is not { } text)
            return null;
        if (TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        errors.Add(new ScheduleError(path, $"\"{text}\" is not a local time of day (expected HH:mm, e.g. 02:00)"));
        return null;
    }
}
