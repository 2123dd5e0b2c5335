namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>A threshold: a fixed number, a template parameter, or an anomaly band's query id.</summary>
public sealed record AlarmThreshold(double? Value, string? Parameter, string? BandQueryId)
{
    public static AlarmThreshold Fixed(double value) => new(value, null, null);
    public static AlarmThreshold FromParameter(string name) => new(null, name, null);
    public static AlarmThreshold Band(string queryId) => new(null, null, queryId);
}
