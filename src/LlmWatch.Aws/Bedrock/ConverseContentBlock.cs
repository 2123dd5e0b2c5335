namespace LlmWatch.Aws.Bedrock;

/// <summary>
/// A Converse content block. On the wire this is a union; only <c>text</c> is modelled — other members
/// (reasoningContent, toolUse, …) deserialize with <see cref="Text"/> null and are skipped when reading text.
/// </summary>
internal sealed record ConverseContentBlock(string? Text);
