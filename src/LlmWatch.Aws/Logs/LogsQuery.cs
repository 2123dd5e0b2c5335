namespace LlmWatch.Aws.Logs;

/// <summary>A Logs Insights query over one or more log groups in a time range (sent as epoch seconds, inclusive).</summary>
internal sealed record LogsQuery(
    IReadOnlyList<string> LogGroupNames,
    DateTimeOffset Start,
    DateTimeOffset End,
    string QueryString,
    int? Limit = null);
