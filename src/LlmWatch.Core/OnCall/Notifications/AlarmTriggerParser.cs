using System.Text.Json;

namespace LlmWatch.Core.OnCall.Notifications;

/// <summary>Parses <c>Trigger</c>: upper-case statistics, lower-case dimension keys, the TreatMissingData prefix quirk.</summary>
internal static class AlarmTriggerParser
{
    public static AlarmTrigger Parse(JsonElement t)
    {
        var evaluationPeriods = Int(t, "EvaluationPeriods") ?? 1;
        return new AlarmTrigger
        {
            Namespace = AlarmNotificationParser.Str(t, "Namespace"),
            MetricName = AlarmNotificationParser.Str(t, "MetricName"),
            Statistic = NormalizeStatistic(AlarmNotificationParser.Str(t, "Statistic")),
            Dimensions = Dimensions(t),
            Period = Int(t, "Period") ?? 60,
            EvaluationPeriods = evaluationPeriods,
            DatapointsToAlarm = Int(t, "DatapointsToAlarm") ?? evaluationPeriods,
            ComparisonOperator = AlarmNotificationParser.Str(t, "ComparisonOperator") ?? "",
            Threshold = t.TryGetProperty("Threshold", out var th) && th.ValueKind == JsonValueKind.Number ? th.GetDouble() : null,
            TreatMissingData = NormalizeTreatMissingData(AlarmNotificationParser.Str(t, "TreatMissingData")),
            ThresholdMetricId = NullIfEmpty(AlarmNotificationParser.Str(t, "ThresholdMetricId")),
            Metrics = Metrics(t),
        };
    }

    /// <summary><c>SUM</c> → <c>Sum</c>, <c>SAMPLE_COUNT</c> → <c>SampleCount</c>; extended statistics (<c>p95</c>) unchanged.</summary>
    public static string? NormalizeStatistic(string? value) => value switch
    {
        null or "" => null,
        "SUM" => "Sum",
        "AVERAGE" => "Average",
        "MAXIMUM" => "Maximum",
        "MINIMUM" => "Minimum",
        "SAMPLE_COUNT" or "SAMPLECOUNT" => "SampleCount",
        _ => value,
    };

    /// <summary>Old payloads send <c>"- TreatMissingData:   missing"</c>; take the last token, empty means <c>missing</c>.</summary>
    public static string NormalizeTreatMissingData(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return "missing";
        var tokens = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return tokens[^1];
    }

    private static List<AlarmDimension> Dimensions(JsonElement owner)
    {
        var list = new List<AlarmDimension>();
        if (!owner.TryGetProperty("Dimensions", out var dims) || dims.ValueKind != JsonValueKind.Array)
            return list;
        foreach (var d in dims.EnumerateArray())
        {
            if (d.ValueKind != JsonValueKind.Object)
                continue;
            var name = AlarmNotificationParser.Str(d, "name") ?? AlarmNotificationParser.Str(d, "Name");
            var value = AlarmNotificationParser.Str(d, "value") ?? AlarmNotificationParser.Str(d, "Value");
            if (name is not null && value is not null)
                list.Add(new AlarmDimension(name, value));
        }
        return list;
    }

    private static List<AlarmMetricQuery> Metrics(JsonElement t)
    {
        var list = new List<AlarmMetricQuery>();
        if (!t.TryGetProperty("Metrics", out var metrics) || metrics.ValueKind != JsonValueKind.Array)
            return list;
        foreach (var m in metrics.EnumerateArray())
        {
            if (m.ValueKind != JsonValueKind.Object)
                continue;
            string? ns = null, metricName = null, stat = null;
            int? period = Int(m, "Period");
            IReadOnlyList<AlarmDimension> dims = [];
            if (m.TryGetProperty("MetricStat", out var ms) && ms.ValueKind == JsonValueKind.Object)
            {
                stat = AlarmNotificationParser.Str(ms, "Stat");
                period ??= Int(ms, "Period");
                if (ms.TryGetProperty("Metric", out var metric) && metric.ValueKind == JsonValueKind.Object)
                {
                    ns = AlarmNotificationParser.Str(metric, "Namespace");
                    metricName = AlarmNotificationParser.Str(metric, "MetricName");
                    dims = Dimensions(metric);
                }
            }
            list.Add(new AlarmMetricQuery
            {
                Id = AlarmNotificationParser.Str(m, "Id") ?? "",
                Expression = AlarmNotificationParser.Str(m, "Expression"),
                Label = AlarmNotificationParser.Str(m, "Label"),
                ReturnData = m.TryGetProperty("ReturnData", out var rd) && rd.ValueKind == JsonValueKind.True,
                Namespace = ns,
                MetricName = metricName,
                Stat = stat,
                Period = period,
                Dimensions = dims,
            });
        }
        return list;
    }

    private static int? Int(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
