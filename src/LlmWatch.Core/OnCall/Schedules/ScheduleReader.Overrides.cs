using System.Text.Json;

namespace LlmWatch.Core.OnCall.Schedules;

public static partial class ScheduleReader
{
    private static void ReadOverrides(ref Utf8JsonReader reader, Draft draft, List<ScheduleError> errors)
    {
        if (!ScheduleJson.Expect(ref reader, JsonTokenType.StartArray, "$.overrides", "an array of overrides", errors))
            return;
        for (var i = 0; ScheduleJson.NextElement(ref reader, $"$.overrides[{i}]", "an override object", errors, out var isObject); i++)
        {
            if (!isObject)
                continue;
            var path = $"$.overrides[{i}]";
            int? tier = null;
            string? person = null, from = null, to = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (ScheduleJson.NextProperty(ref reader, out var name))
            {
                seen.Add(name);
                switch (name)
                {
                    case "tier":
                        tier = ReadTier(ref reader, path + ".tier", errors);
                        break;
                    case "person":
                        person = ScheduleJson.String(ref reader, path + ".person", errors);
                        break;
                    case "from":
                        from = ScheduleJson.String(ref reader, path + ".from", errors);
                        break;
                    case "to":
                        to = ScheduleJson.String(ref reader, path + ".to", errors);
                        break;
                    case "comment" or "reason": ScheduleJson.Ignore(ref reader); break;
                    default: ScheduleJson.Unknown(ref reader, path, name, "tier, person, from, to, reason", errors); break;
                }
            }
            ScheduleJson.Require(seen, path, errors, "tier", "person", "from", "to");
            draft.Overrides.Add(new OverrideDraft(path, tier, person, path + ".person", from, to));
        }
    }

    /// <summary>Resolves the times (local ones in the zone), then checks people, order and overlaps per tier.</summary>
    private static List<ScheduleOverride> BuildOverrides(Draft draft, TimeZoneInfo zone, List<ScheduleError> errors)
    {
        var built = new List<(ScheduleOverride Override, string Path)>();
        foreach (var o in draft.Overrides)
        {
            var known = o.Person is not null && IsKnownPerson(draft, o.Person, o.PersonPath!, errors);
            var from = Instant(o.From, o.Path + ".from", zone, errors);
            var to = Instant(o.To, o.Path + ".to", zone, errors);
            if (from is { } f && to is { } t && t <= f)
            {
                errors.Add(new ScheduleError(o.Path + ".to", $"\"{o.To}\" is not after from (\"{o.From}\")"));
                continue;
            }
            if (known && o.Tier is { } tier && from is { } start && to is { } end)
                built.Add((new ScheduleOverride(tier, o.Person!, start, end), o.Path));
        }
        foreach (var tier in built.GroupBy(b => b.Override.Tier))
        {
            var ordered = tier.OrderBy(b => b.Override.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var (previous, previousPath) = ordered[i - 1];
                var (current, currentPath) = ordered[i];
                // Reported at the override that starts later, naming the one it runs into.
                if (current.From < previous.To)
                {
                    errors.Add(new ScheduleError(currentPath, $"overlaps {previousPath} on tier {current.Tier} ({previous.Person} until "
                        + $"{ScheduleTime.Format(previous.To, zone)}, {current.Person} from {ScheduleTime.Format(current.From, zone)})"));
                }
            }
        }
        return [.. built.Select(b => b.Override).OrderBy(o => o.Tier).ThenBy(o => o.From)];
    }

    private static DateTimeOffset? Instant(string? text, string path, TimeZoneInfo zone, List<ScheduleError> errors)
    {
        if (text is null)
            return null;
        if (ScheduleTime.TryParseInstant(text, zone, out var instant))
            return instant;
        errors.Add(new ScheduleError(path, $"\"{text}\" is not a date-time (expected e.g. 2027-03-24T18:00+01:00, or a local 2027-03-24T18:00)"));
        return null;
    }
}
