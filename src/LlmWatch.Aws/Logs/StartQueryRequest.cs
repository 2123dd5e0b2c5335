namespace LlmWatch.Aws.Logs;

/// <summary>Wire shape of StartQuery (JSON 1.1, camelCase, epoch seconds).</summary>
internal sealed record StartQueryRequest(
    IReadOnlyList<string> LogGroupNames, long StartTime, long EndTime, string QueryString, int? Limit);
