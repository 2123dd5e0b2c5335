using System.Text.Json;
using LlmWatch.Core.Alarms;

namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>Parses the SNS <c>Message</c> of a CloudWatch alarm (single metric, metric math, anomaly band, composite).</summary>
public static class AlarmNotificationParser
{
    public static AlarmParseResult Parse(string message)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(message);
        }
        catch (JsonException e)
        {
            return AlarmParseResult.Failure(AlarmParseError.NotJson, e.Message);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return AlarmParseResult.Failure(AlarmParseError.NotAnObject, root.ValueKind.ToString());
            return ParseRoot(root);
        }
    }

    private static AlarmParseResult ParseRoot(JsonElement root)
    {
        var name = Str(root, "AlarmName");
        if (string.IsNullOrEmpty(name))
            return AlarmParseResult.Failure(AlarmParseError.MissingField, "AlarmName");
        var newStateText = Str(root, "NewStateValue");
        if (newStateText is null)
            return AlarmParseResult.Failure(AlarmParseError.MissingField, "NewStateValue");
        var newState = AlarmStates.Parse(newStateText);
        if (newState == AlarmState.Unknown)
            return AlarmParseResult.Failure(AlarmParseError.UnknownState, newStateText);
        var timeText = Str(root, "StateChangeTime");
        if (timeText is null)
            return AlarmParseResult.Failure(AlarmParseError.MissingField, "StateChangeTime");
        if (!AlarmTimestamps.TryParse(timeText, out var changed))
            return AlarmParseResult.Failure(AlarmParseError.BadTimestamp, timeText);

        var account = Str(root, "AWSAccountId") ?? "";
        // The dedup key and the region code come from AlarmArn, so a payload without it is not usable.
        var arn = Str(root, "AlarmArn");
        if (string.IsNullOrEmpty(arn))
            return AlarmParseResult.Failure(AlarmParseError.MissingField, "AlarmArn");

        var isComposite = root.TryGetProperty("AlarmRule", out _);
        AlarmTrigger? trigger = null;
        var kind = AlarmKind.Composite;
        if (!isComposite)
        {
            if (!root.TryGetProperty("Trigger", out var t) || t.ValueKind != JsonValueKind.Object)
                return AlarmParseResult.Failure(AlarmParseError.MissingField, "Trigger");
            trigger = AlarmTriggerParser.Parse(t);
            kind = trigger.ThresholdMetricId is not null ? AlarmKind.AnomalyDetection
                : trigger.Metrics.Count > 0 ? AlarmKind.MetricMath
                : AlarmKind.SingleMetric;
        }

        return AlarmParseResult.Success(new AlarmNotification
        {
            AlarmName = name,
            AlarmDescription = Str(root, "AlarmDescription"),
            AccountId = account.Length > 0 ? account : AlarmArns.AccountOf(arn),
            AlarmArn = arn,
            RegionCode = AlarmArns.RegionOf(arn),
            RegionName = Str(root, "Region") ?? "",
            NewState = newState,
            OldState = AlarmStates.Parse(Str(root, "OldStateValue")),
            NewStateReason = Str(root, "NewStateReason") ?? "",
            StateChangeTime = changed,
            StateChangeTimeText = timeText,
            Kind = kind,
            Trigger = trigger,
            AlarmRule = isComposite ? Str(root, "AlarmRule") : null,
            TriggeringChildren = isComposite ? ParseChildren(root) : [],
        });
    }

    private static List<ChildAlarm> ParseChildren(JsonElement root)
    {
        var list = new List<ChildAlarm>();
        if (!root.TryGetProperty("TriggeringChildren", out var children) || children.ValueKind != JsonValueKind.Array)
            return list;
        foreach (var child in children.EnumerateArray())
        {
            if (child.ValueKind == JsonValueKind.String)
            {
                list.Add(new ChildAlarm(child.GetString()!, AlarmState.Unknown, null));
                continue;
            }
            if (child.ValueKind != JsonValueKind.Object)
                continue;
            var arn = Str(child, "Arn") ?? Str(child, "Name") ?? "";
            var state = AlarmState.Unknown;
            DateTimeOffset? at = null;
            if (child.TryGetProperty("State", out var s) && s.ValueKind == JsonValueKind.Object)
            {
                state = AlarmStates.Parse(Str(s, "Value"));
                if (AlarmTimestamps.TryParse(Str(s, "Timestamp"), out var ts))
                    at = ts;
            }
            list.Add(new ChildAlarm(arn, state, at));
        }
        return list;
    }

    internal static string? Str(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
