namespace LlmWatch.Aws.Bedrock;

/// <summary>Converse <c>output</c> union; only <c>message</c> exists today.</summary>
internal sealed record ConverseOutput(ConverseMessage? Message);
