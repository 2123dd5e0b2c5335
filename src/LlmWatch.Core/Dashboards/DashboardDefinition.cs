namespace LlmWatch.Core.Dashboards;

/// <summary>One dashboard: template logical id, name suffix, default time range and widgets.</summary>
/// <param name="Start">Default time range, CloudWatch style (<c>-PT3H</c>, <c>-P30D</c>).</param>
/// <param name="ConditionalWidgets">Widgets shown only when the template condition holds (SageMaker row).</param>
public sealed record DashboardDefinition(
    string LogicalId,
    string NameSuffix,
    string Title,
    string Start,
    IReadOnlyList<DashboardWidget> Widgets,
    string? Condition = null,
    IReadOnlyList<DashboardWidget>? ConditionalWidgets = null);
