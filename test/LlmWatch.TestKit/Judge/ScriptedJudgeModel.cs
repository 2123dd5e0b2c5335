using System.Collections.Concurrent;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Ports;

namespace LlmWatch.TestKit.Judge;

/// <summary>A judge model that answers from a script (replies in order, the last one repeating) and records every prompt.</summary>
public sealed class ScriptedJudgeModel(params string[] replies) : IJudgeModel
{
    private int _next = -1;

    public string ModelId { get; init; } = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    public long InputTokensPerCall { get; init; } = 1000;
    public long OutputTokensPerCall { get; init; } = 100;
    /// <summary>False: replies carry no <c>usage</c> (token counts null), as some endpoints answer.</summary>
    public bool ReportsUsage { get; init; } = true;
    /// <summary>When set, thrown instead of answering (a transient fault).</summary>
    public Exception? Fault { get; set; }
    public ConcurrentQueue<JudgePrompt> Prompts { get; } = new();

    public static string Verdict(double relevance, double safety, double tone) =>
        $$$"""{"relevance":{"score":{{{relevance}}},"reason":"r"},"safety":{"score":{{{safety}}},"reason":"s"},"tone":{"score":{{{tone}}},"reason":"t"}}""";

    public Task<JudgeCompletion> CompleteAsync(JudgePrompt prompt, CancellationToken cancellationToken)
    {
        Prompts.Enqueue(prompt);
        if (Fault is { } fault)
            throw fault;
        var index = Math.Min(Interlocked.Increment(ref _next), replies.Length - 1);
        return Task.FromResult(ReportsUsage
            ? new JudgeCompletion(replies[index], InputTokensPerCall, OutputTokensPerCall)
            : new JudgeCompletion(replies[index], null, null));
    }
}
