namespace LlmWatch.Core.Paging;

/// <summary>Console deep links for a page; null when not available (no dashboard configured, no runbook).</summary>
public sealed record PageLinks(string AlarmUrl, string LogsInsightsUrl, string? DashboardUrl, string? RunbookUrl, string? AckUrl);
