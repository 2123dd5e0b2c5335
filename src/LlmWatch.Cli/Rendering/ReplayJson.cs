using System.Text.Json;
using LlmWatch.Core.Json;
using LlmWatch.Core.Replay;

namespace LlmWatch.Cli.Rendering;

/// <summary>The <c>replay --json</c> document.</summary>
internal static class ReplayJson
{
    /// <summary>Decimal places of <c>costUsd</c>: below the cost of one token of the cheapest priced kind ($0.00875 per 1M).</summary>
    public const int CostDecimals = 10;

    public static void Write(Utf8JsonWriter json, ReplayStats stats, Action<Utf8JsonWriter>? extra = null)
    {
        json.WriteStartObject();
        json.WriteStartObject("records");
        json.WriteNumber("total", stats.Total);
        json.WriteNumber("parsed", stats.Parsed);
        json.WriteNumber("skipped", stats.Skipped.Total);
        json.WriteStartObject("skippedByReason");
        foreach (var (reason, count) in stats.Skipped.ToDictionary())
            json.WriteNumber(reason, count);
        json.WriteEndObject();
        json.WriteObjectArray("firstSkipped", stats.FirstSkips, static (json, skip) =>
        {
            json.WriteString("source", skip.Source);
            json.WriteNumber("line", skip.Line);
            json.WriteString("reason", skip.Reason.ToString());
        });
        json.WriteEndObject();
        json.WriteStartObject("prices");
        json.WriteString("version", stats.Prices.Version);
        json.WriteString("date", stats.Prices.Date);
        json.WriteEndObject();
        var (array, key) = stats.Grouping switch
        {
            ReplayGrouping.Caller => ("callers", "caller"),
            ReplayGrouping.ServiceTier => ("serviceTiers", "serviceTier"),
            _ => ("models", "modelId"),
        };
        json.WriteStartArray(array);
        foreach (var g in stats.Groups)
            WriteGroup(json, g, key);
        json.WriteEndArray();
        extra?.Invoke(json);
        json.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter json, GroupStats g, string keyName)
    {
        json.WriteStartObject();
        json.WriteString(keyName, g.Key);
        json.WriteNumber("invocations", g.Invocations);
        json.WriteCounts("errors", g.ErrorsByClass);
        json.WriteCounts("errorCodes", g.ErrorCodes);
        json.WriteNumber("inputTokens", g.InputTokens);
        json.WriteNumber("outputTokens", g.OutputTokens);
        json.WriteNumber("cacheReadInputTokens", g.CacheReadInputTokens);
        json.WriteNumber("cacheWriteInputTokens", g.CacheWriteInputTokens);
        json.WritePlainDecimal("costUsd", g.CostUsd, CostDecimals);
        json.WriteNumber("unpricedTokens", g.UnpricedTokens);
        json.WriteNumber("pricedAsStandardTier", g.PricedAsStandardTier);
        json.WriteStartObject("latencyMs");
        json.WriteNumber("count", g.LatencyCount);
        json.WriteNumberOrNull("p50", g.LatencyPercentile(50));
        json.WriteNumberOrNull("p95", g.LatencyPercentile(95));
        json.WriteNumberOrNull("p99", g.LatencyPercentile(99));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
