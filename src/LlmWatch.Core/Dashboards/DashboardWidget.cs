namespace LlmWatch.Core.Dashboards;

/// <summary>One widget on a 24-column CloudWatch grid.</summary>
public sealed record DashboardWidget
{
    public required string Title { get; init; }
    public required WidgetKind Kind { get; init; }
    public int X { get; init; }
    public int Y { get; init; }
    public int Width { get; init; } = 12;
    public int Height { get; init; } = 6;
    public int Period { get; init; } = 60;
    public bool Stacked { get; init; }
    public IReadOnlyList<WidgetSeries> Series { get; init; } = [];
    /// <summary>Horizontal threshold lines: value (may be <c>${Param}</c>) and label.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Lines { get; init; } = [];
    /// <summary>Alarm name suffixes for an <see cref="WidgetKind.Alarms"/> widget.</summary>
    public IReadOnlyList<string> AlarmSuffixes { get; init; } = [];
    public string? Markdown { get; init; }
    /// <summary>Single values and bars over the whole time range instead of per period.</summary>
    public bool WholeRange { get; init; }
    public string? YLabel { get; init; }
}
