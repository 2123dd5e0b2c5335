using System.Text.Json;

namespace LlmWatch.Core.OnCall.Schedules;

public static partial class ScheduleReader
{
    private static void ReadRotations(ref Utf8JsonReader reader, Draft draft, List<ScheduleError> errors)
    {
        if (!ScheduleJson.Expect(ref reader, JsonTokenType.StartArray, "$.rotations", "an array of rotations", errors))
            return;
        for (var i = 0; ScheduleJson.NextElement(ref reader, $"$.rotations[{i}]", "a rotation object", errors, out var isObject); i++)
        {
            if (isObject)
                draft.Rotations.Add(ReadRotation(ref reader, $"$.rotations[{i}]", errors));
        }
    }

    private static RotationDraft ReadRotation(ref Utf8JsonReader reader, string path, List<ScheduleError> errors)
    {
        int? tier = null;
        List<(string, string)>? people = null;
        DateTime? start = null;
        ShiftLength? length = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (ScheduleJson.NextProperty(ref reader, out var name))
        {
            seen.Add(name);
            switch (name)
            {
                case "tier":
                    tier = ReadTier(ref reader, path + ".tier", errors);
                    break;
                case "people":
                    people = ScheduleJson.Strings(ref reader, path + ".people", errors);
                    if (people is { Count: 0 })
                        errors.Add(new ScheduleError(path + ".people", "a rotation needs at least one person"));
                    break;
                case "start":
                    start = ReadStart(ref reader, path + ".start", errors);
                    break;
                case "length":
                    if (ScheduleJson.String(ref reader, path + ".length", errors) is { } text)
                    {
                        if (ShiftLength.TryParse(text, out var parsed, out var problem))
                            length = parsed;
                        else
                            errors.Add(new ScheduleError(path + ".length", problem));
                    }
                    break;
                case "comment" or "name": ScheduleJson.Ignore(ref reader); break;
                default: ScheduleJson.Unknown(ref reader, path, name, "tier, people, start, length, name", errors); break;
            }
        }
        ScheduleJson.Require(seen, path, errors, "tier", "people", "start", "length");
        var rotation = tier is { } t && people is { Count: > 0 } p && start is { } s && length is { } l
            ? new Rotation(t, [.. p.Select(x => x.Item1)], s, l)
            : null;
        return new RotationDraft(path, tier, people ?? [], rotation);
    }

    private static DateTime? ReadStart(ref Utf8JsonReader reader, string path, List<ScheduleError> errors)
    {
        if (ScheduleJson.String(ref reader, path, errors) is not { } text)
            return null;
        if (ScheduleTime.TryParseLocal(text, out var local))
            return local;
        errors.Add(new ScheduleError(path, ScheduleTime.HasOffset(text)
            ? $"\"{text}\" has an offset; start is a local wall-clock time in timeZone (e.g. 2027-03-22T09:00), so handoffs keep that time across daylight-saving changes"
            : $"\"{text}\" is not a local date-time (expected e.g. 2027-03-22T09:00)"));
        return null;
    }

    private static int? ReadTier(ref Utf8JsonReader reader, string path, List<ScheduleError> errors)
    {
        var tier = ScheduleJson.Int(ref reader, path, errors);
        if (tier is < 0 or > MaxTier)
        {
            errors.Add(new ScheduleError(path, $"tier {tier} is out of range (0-{MaxTier})"));
            return null;
        }
        return tier;
    }

    /// <summary>Unknown people and a second rotation for a tier; needs the whole file read.</summary>
    private static void CheckRotations(Draft draft, List<ScheduleError> errors)
    {
        var byTier = new Dictionary<int, string>();
        foreach (var rotation in draft.Rotations)
        {
            foreach (var (id, path) in rotation.People)
                IsKnownPerson(draft, id, path, errors);
            if (rotation.Tier is not { } tier)
                continue;
            if (byTier.TryGetValue(tier, out var first))
                errors.Add(new ScheduleError(rotation.Path + ".tier", $"tier {tier} already has a rotation ({first}); put everyone in one rotation"));
            else
                byTier[tier] = rotation.Path;
        }
    }
}
