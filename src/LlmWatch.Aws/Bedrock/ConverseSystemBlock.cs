namespace LlmWatch.Aws.Bedrock;

/// <summary>A system prompt block (text, at least one character).</summary>
internal sealed record ConverseSystemBlock(string Text);
