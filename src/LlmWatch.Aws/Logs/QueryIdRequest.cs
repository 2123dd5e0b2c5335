namespace LlmWatch.Aws.Logs;

/// <summary>Wire shape of GetQueryResults and StopQuery requests.</summary>
internal sealed record QueryIdRequest(string QueryId);
