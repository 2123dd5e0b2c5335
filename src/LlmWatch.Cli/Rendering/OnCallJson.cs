using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LlmWatch.Core.OnCall.Schedules;

namespace LlmWatch.Cli.Rendering;

/// <summary>
/// <c>oncall who --json</c>: <c>{"at":"…","tiers":[{"tier":0,"person":"ana"},…]}</c>, where a tier without anyone
/// scheduled is <c>{"tier":2,"person":null,"fallback":"topic"}</c>; and <c>oncall show --json</c>.
/// </summary>
internal static class OnCallJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteWho(TextWriter output, DateTimeOffset at, IReadOnlyList<TierOnCall> tiers) => Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("at", ScheduleTime.FormatUtc(at));
        json.WriteStartArray("tiers");
        foreach (var t in tiers)
        {
            json.WriteStartObject();
            json.WriteNumber("tier", t.Tier);
            if (t.Person is { } person)
            {
                json.WriteString("person", person.Id);
            }
            else
            {
                json.WriteNull("person");
                json.WriteString("fallback", "topic");
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static void WriteShow(TextWriter output, Schedule schedule, DateTimeOffset from, DateTimeOffset to,
        IReadOnlyList<Handoff> handoffs, IReadOnlyList<MaintenanceOccurrence> maintenance) => Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("timeZone", schedule.Zone.Id);
        json.WriteString("from", ScheduleTime.FormatUtc(from));
        json.WriteString("to", ScheduleTime.FormatUtc(to));
        json.WriteStartArray("handoffs");
        foreach (var h in handoffs)
        {
            json.WriteStartObject();
            json.WriteString("at", ScheduleTime.FormatUtc(h.At));
            json.WriteString("local", ScheduleTime.Format(h.At, schedule.Zone));
            json.WriteNumber("tier", h.Tier);
            WritePerson(json, "from", h.From);
            WritePerson(json, "to", h.To);
            json.WriteString("reason", h.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("maintenanceWindows");
        foreach (var m in maintenance)
        {
            json.WriteStartObject();
            json.WriteString("name", m.Window.Name);
            json.WriteString("match", m.Window.Match.ToString());
            json.WriteString("from", ScheduleTime.FormatUtc(m.From));
            json.WriteString("to", ScheduleTime.FormatUtc(m.To));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WritePerson(Utf8JsonWriter json, string name, SchedulePerson? person)
    {
        if (person is null)
            json.WriteNull(name);
        else
            json.WriteString(name, person.Id);
    }

    private static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
            body(json);
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
