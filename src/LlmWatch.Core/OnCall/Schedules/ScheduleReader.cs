using System.Text.Json;
using System.Text.RegularExpressions;

namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>
/// Reads a schedule file with <see cref="Utf8JsonReader"/> (AOT-safe, no reflection; comments and trailing commas
/// allowed) and checks it whole: every problem is reported with its JSON path, not just the first. The time zone is
/// looked up through <c>findZone</c> (default: the system's zoneinfo, which honours <c>TZDIR</c>).
/// </summary>
public static partial class ScheduleReader
{
    /// <summary>Tiers are SNS topics in the template; ten is more than any escalation policy uses.</summary>
    public const int MaxTier = 9;

    private const string TopLevel = "timeZone, people, rotations, overrides, maintenanceWindows, comment";

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ScheduleLoad Read(ReadOnlySpan<byte> json, Func<string, TimeZoneInfo?>? findZone = null)
    {
        findZone ??= FindSystemZone;
        if (json.StartsWith("\uFEFF"u8))
            json = json[3..];
        if (json.Trim(" \t\r\n"u8).IsEmpty)
            return Fail("$", "the file is empty");
        var errors = new List<ScheduleError>();
        var draft = new Draft();
        try
        {
            var reader = new Utf8JsonReader(json, Options);
            if (!reader.Read())
                return Fail("$", "the file is empty");
            if (reader.TokenType != JsonTokenType.StartObject)
                return Fail("$", $"expected an object, found {ScheduleJson.Describe(reader.TokenType)}");
            ReadTop(ref reader, draft, errors);
            if (reader.Read())
                return Fail("$", "unexpected content after the top-level object");
        }
        catch (JsonException e)
        {
            return Fail("$", $"not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}");
        }
        var schedule = Assemble(draft, findZone, errors);
        return errors.Count == 0 ? new ScheduleLoad(schedule, []) : new ScheduleLoad(null, errors);
    }

    /// <summary>The zone from the system's tz database (<c>/usr/share/zoneinfo</c>, or <c>TZDIR</c> when set), or null.</summary>
    public static TimeZoneInfo? FindSystemZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    private static ScheduleLoad Fail(string path, string problem) => new(null, [new ScheduleError(path, problem)]);

    private static void ReadTop(ref Utf8JsonReader reader, Draft draft, List<ScheduleError> errors)
    {
        while (ScheduleJson.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "timeZone":
                    draft.ZoneSeen = true;
                    draft.ZoneId = ScheduleJson.String(ref reader, "$.timeZone", errors);
                    break;
                case "people":
                    draft.PeopleSeen = true;
                    ReadPeople(ref reader, draft, errors);
                    break;
                case "rotations": ReadRotations(ref reader, draft, errors); break;
                case "overrides": ReadOverrides(ref reader, draft, errors); break;
                case "maintenanceWindows": ReadWindows(ref reader, draft, errors); break;
                case "comment" or "description" or "$schema": ScheduleJson.Ignore(ref reader); break;
                default: ScheduleJson.Unknown(ref reader, "$", name, TopLevel, errors); break;
            }
        }
        if (!draft.ZoneSeen)
            errors.Add(new ScheduleError("$", "missing \"timeZone\" (an IANA zone such as Europe/Berlin)"));
        if (!draft.PeopleSeen)
            errors.Add(new ScheduleError("$", "missing \"people\""));
    }

    private static void ReadPeople(ref Utf8JsonReader reader, Draft draft, List<ScheduleError> errors)
    {
        if (!ScheduleJson.Expect(ref reader, JsonTokenType.StartObject, "$.people", "an object of people by id", errors))
            return;
        while (ScheduleJson.NextProperty(ref reader, out var id))
        {
            var path = $"$.people.{id}";
            if (!PersonId().IsMatch(id))
                errors.Add(new ScheduleError(path, $"person id \"{id}\" must be 1-64 letters, digits, '.', '_' or '-'"));
            if (!ScheduleJson.Expect(ref reader, JsonTokenType.StartObject, path, "an object with \"email\" and/or \"sms\"", errors))
                continue;
            string? email = null, sms = null;
            while (ScheduleJson.NextProperty(ref reader, out var property))
            {
                switch (property)
                {
                    case "email": email = ScheduleJson.String(ref reader, path + ".email", errors); break;
                    case "sms": sms = ScheduleJson.String(ref reader, path + ".sms", errors); break;
                    case "name" or "comment": ScheduleJson.Ignore(ref reader); break;
                    default: ScheduleJson.Unknown(ref reader, path, property, "email, sms, name", errors); break;
                }
            }
            if (email is not null && !Email().IsMatch(email))
                errors.Add(new ScheduleError(path + ".email", $"\"{email}\" is not an email address"));
            if (sms is not null && !E164().IsMatch(sms))
                errors.Add(new ScheduleError(path + ".sms", $"\"{sms}\" is not an E.164 phone number (+ and country code, e.g. +4915112345678)"));
            if (email is null && sms is null)
                errors.Add(new ScheduleError(path, $"{id} has neither \"email\" nor \"sms\", so a page could not reach them"));
            if (draft.People.ContainsKey(id))
                errors.Add(new ScheduleError(path, $"duplicate person \"{id}\""));
            else
                draft.People[id] = new SchedulePerson(id, email, sms);
        }
    }

    private static Schedule? Assemble(Draft draft, Func<string, TimeZoneInfo?> findZone, List<ScheduleError> errors)
    {
        TimeZoneInfo? zone = null;
        if (draft.ZoneId is { } zoneId)
        {
            zone = findZone(zoneId);
            if (zone is null)
                errors.Add(new ScheduleError("$.timeZone", $"unknown time zone \"{zoneId}\" (expected an IANA id such as Europe/Berlin or America/New_York)"));
        }
        CheckRotations(draft, errors);
        var overrides = zone is null ? [] : BuildOverrides(draft, zone, errors);
        if (errors.Count > 0 || zone is null)
            return null;
        return new Schedule(zone, draft.People, [.. draft.Rotations.Select(r => r.Rotation!)], overrides, [.. draft.Windows]);
    }

    private static bool IsKnownPerson(Draft draft, string id, string path, List<ScheduleError> errors)
    {
        if (draft.People.ContainsKey(id))
            return true;
        // People may be declared after the rotations that name them, so this runs once the whole file is read.
        errors.Add(new ScheduleError(path, $"unknown person \"{id}\""));
        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex PersonId();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
