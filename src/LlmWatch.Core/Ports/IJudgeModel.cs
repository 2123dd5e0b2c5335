using LlmWatch.Core.Judge;

namespace LlmWatch.Core.Ports;

/// <summary>The judge model: sends one prompt, returns its reply and token usage. Throws only for faults where a retry may help.</summary>
public interface IJudgeModel
{
    /// <summary>The model id as priced and reported (e.g. the Bedrock judge model id).</summary>
    string ModelId { get; }

    Task<JudgeCompletion> CompleteAsync(JudgePrompt prompt, CancellationToken cancellationToken);
}
