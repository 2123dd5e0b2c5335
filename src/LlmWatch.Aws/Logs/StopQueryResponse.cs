namespace LlmWatch.Aws.Logs;

internal sealed record StopQueryResponse(bool Success);
