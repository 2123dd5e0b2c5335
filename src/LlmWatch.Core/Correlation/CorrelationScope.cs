namespace LlmWatch.Core.Correlation;

/// <summary>What the alarm is about, from its dimensions: a model, a caller, the metric; null means "all".</summary>
public sealed record CorrelationScope(string? ModelId, string? Caller, string? MetricName, string? Namespace)
{
    public static CorrelationScope All { get; } = new(null, null, null, null);

    /// <summary>Short text for subjects: "model=… caller=…", or "all traffic".</summary>
    public string Describe()
    {
        var parts = new List<string>(2);
        if (ModelId is not null)
            parts.Add($"model={ModelId}");
        if (Caller is not null)
            parts.Add($"caller={Caller}");
        return parts.Count == 0 ? "all traffic" : string.Join(' ', parts);
    }
}
