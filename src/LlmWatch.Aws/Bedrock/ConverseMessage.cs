namespace LlmWatch.Aws.Bedrock;

/// <summary>A Converse message: <c>user</c> or <c>assistant</c> with its content blocks.</summary>
internal sealed record ConverseMessage(string Role, IReadOnlyList<ConverseContentBlock> Content);
