using System.Text.Json;
using LlmWatch.Cli.Commands;
using LlmWatch.Core.Alarms;
using LlmWatch.Core.Alarms.Evaluation;
using LlmWatch.Core.Json;

namespace LlmWatch.Cli.Rendering;

/// <summary>The <c>alarms</c> part of the <c>replay --json</c> document.</summary>
internal static class BacktestJson
{
    public static void Write(Utf8JsonWriter json, BacktestRun run)
    {
        json.WriteObjectArray("alarms", run.Result.Alarms, static (json, alarm) =>
        {
            json.WriteString("name", alarm.Name);
            json.WriteString("metric", alarm.Metric);
            json.WriteStartObject("dimensions");
            foreach (var (k, v) in alarm.Dimensions) json.WriteString(k, v);
            json.WriteEndObject();
            json.WriteString("severity", alarm.Severity.ToString().ToUpperInvariant());
            if (alarm.Note is not null) json.WriteString("note", alarm.Note);
            json.WriteObjectArray("transitions", alarm.Transitions, static (json, t) =>
            {
                json.WriteString("time", t.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("state", AlarmStates.ToWire(t.State));
            });
        });
        json.WriteObjectArray("alarmsSkipped", run.Result.Skipped, static (json, s) =>
        {
            json.WriteString("name", s.Name);
            json.WriteString("reason", s.Reason);
        });
        json.WriteString("alarmThresholds", run.ThresholdSource);
    }
}
