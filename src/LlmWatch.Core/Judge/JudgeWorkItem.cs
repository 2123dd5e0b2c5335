namespace LlmWatch.Core.Judge;

/// <summary>One queue message to judge: its id (for partial batch failure) and its body.</summary>
public sealed record JudgeWorkItem(string MessageId, string Body);
