namespace LlmWatch.Aws.Logs;

/// <summary>One cell of a Logs Insights result row; values are always strings on the wire.</summary>
internal sealed record LogsResultField(string Field, string? Value);
