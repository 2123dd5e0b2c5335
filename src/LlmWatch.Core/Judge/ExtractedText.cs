namespace LlmWatch.Core.Judge;

/// <summary>The prompt and response text of one invocation, each cut to the configured size.</summary>
public sealed record ExtractedText(string Prompt, string Response, bool PromptTruncated, bool ResponseTruncated);
