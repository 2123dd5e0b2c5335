namespace LlmWatch.Core.Dashboards;

/// <summary>What a dashboard widget draws.</summary>
public enum WidgetKind
{
    TimeSeries,
    SingleValue,
    Bar,
    Alarms,
    Text,
}
