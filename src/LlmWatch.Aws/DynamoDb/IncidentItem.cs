using System.Globalization;
using Amazon.DynamoDBv2.Model;
using LlmWatch.Core.OnCall.Escalation;

namespace LlmWatch.Aws.DynamoDb;

/// <summary>Maps <see cref="Incident"/> to a DynamoDB attribute map and back (no reflection; AOT-safe).</summary>
internal static class IncidentItem
{
    public const string HashKey = "AlarmArn";
    public const string RangeKey = "StateChangeTime";
    public const string TtlAttribute = "ExpiresAt";

    public static Dictionary<string, AttributeValue> ToItem(Incident i)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            [HashKey] = S(i.AlarmArn),
            [RangeKey] = S(i.StateChangeTime),
            ["AlarmName"] = S(i.AlarmName),
            ["OpenedAt"] = S(Time(i.OpenedAt)),
            ["Status"] = S(i.Status.ToString()),
            ["PagedTiers"] = new() { L = [.. i.PagedTiers.Select(t => N(t))] },
            ["UsedAckTokens"] = new() { L = [.. i.UsedAckTokens.Select(S)] },
            ["AlarmMessage"] = S(i.AlarmMessage),
            [TtlAttribute] = N(i.ExpiresAt),
            ["Version"] = N(i.Version),
        };
        Optional(item, "LastPagedAt", i.LastPagedAt is { } p ? Time(p) : null);
        Optional(item, "AckedBy", i.AckedBy);
        Optional(item, "AckedAt", i.AckedAt is { } a ? Time(a) : null);
        Optional(item, "ResolvedAt", i.ResolvedAt is { } r ? Time(r) : null);
        Optional(item, "EvidenceJson", i.EvidenceJson);
        return item;
    }

    public static Incident FromItem(Dictionary<string, AttributeValue> item) => new()
    {
        AlarmArn = Str(item, HashKey)!,
        StateChangeTime = Str(item, RangeKey)!,
        AlarmName = Str(item, "AlarmName") ?? "",
        OpenedAt = ParseTime(Str(item, "OpenedAt")) ?? DateTimeOffset.UnixEpoch,
        Status = Enum.TryParse<IncidentStatus>(Str(item, "Status"), out var s) ? s : IncidentStatus.Open,
        PagedTiers = item.TryGetValue("PagedTiers", out var tiers) && tiers.L is { } tl
            ? [.. tl.Select(v => int.Parse(v.N, CultureInfo.InvariantCulture))]
            : [],
        UsedAckTokens = item.TryGetValue("UsedAckTokens", out var used) && used.L is { } ul ? [.. ul.Select(v => v.S)] : [],
        LastPagedAt = ParseTime(Str(item, "LastPagedAt")),
        AckedBy = Str(item, "AckedBy"),
        AckedAt = ParseTime(Str(item, "AckedAt")),
        ResolvedAt = ParseTime(Str(item, "ResolvedAt")),
        AlarmMessage = Str(item, "AlarmMessage") ?? "",
        EvidenceJson = Str(item, "EvidenceJson"),
        ExpiresAt = long.TryParse(Num(item, TtlAttribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var e) ? e : 0,
        Version = int.TryParse(Num(item, "Version"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 1,
    };

    public static AttributeValue S(string value) => new() { S = value };

    public static AttributeValue N(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    private static void Optional(Dictionary<string, AttributeValue> item, string name, string? value)
    {
        if (value is not null)
            item[name] = S(value);
    }

    private static string? Str(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var v) ? v.S : null;

    private static string? Num(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var v) ? v.N : null;

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseTime(string? s) =>
        s is not null && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : null;
}
