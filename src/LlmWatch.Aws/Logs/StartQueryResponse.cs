namespace LlmWatch.Aws.Logs;

internal sealed record StartQueryResponse(string? QueryId);
