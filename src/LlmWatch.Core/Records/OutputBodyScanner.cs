using System.Text.Json;

namespace LlmWatch.Core.Records;

/// <summary>What an output body tells beyond the record's own counts.</summary>
internal struct BodyFacts
{
    /// <summary>Converse/ConverseStream <c>metrics.latencyMs</c> (also a stream array's <c>metadata.metrics.latencyMs</c>).</summary>
    public double? ConverseLatencyMs;
    /// <summary><c>amazon-bedrock-invocationMetrics.invocationLatency</c> on a stream's last chunk, when the log keeps it.</summary>
    public double? InvocationLatencyMs;
    /// <summary>Anthropic <c>cache_creation.ephemeral_1h_input_tokens</c>.</summary>
    public long? CacheWrite1h;
}

/// <summary>One linear pass over an output body (object or stream-chunk array) picking out a few named numbers.</summary>
internal static class OutputBodyScanner
{
    private enum Pending { None, LatencyMs, InvocationLatency, CacheWrite1h }

    public static void Scan(ref Utf8JsonReader reader, ref BodyFacts facts)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            reader.Skip();
            return;
        }
        var depth = reader.CurrentDepth;
        var pending = Pending.None;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = reader.ValueTextEquals("latencyMs"u8) ? Pending.LatencyMs
                        : reader.ValueTextEquals("invocationLatency"u8) ? Pending.InvocationLatency
                        : reader.ValueTextEquals("ephemeral_1h_input_tokens"u8) ? Pending.CacheWrite1h
                        : Pending.None;
                    break;
                case JsonTokenType.Number when pending != Pending.None:
                    Record(ref reader, ref facts, pending);
                    pending = Pending.None;
                    break;
                default:
                    pending = Pending.None;
                    break;
            }
        }
    }

    private static void Record(ref Utf8JsonReader reader, ref BodyFacts facts, Pending pending)
    {
        if (!reader.TryGetDouble(out var value) || value < 0 || !double.IsFinite(value))
            return;
        switch (pending)
        {
            case Pending.LatencyMs:
                facts.ConverseLatencyMs = value;
                break;
            case Pending.InvocationLatency:
                facts.InvocationLatencyMs = value;
                break;
            case Pending.CacheWrite1h:
                facts.CacheWrite1h = (long)value;
                break;
        }
    }
}
