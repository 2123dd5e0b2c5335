using LlmWatch.Core.Ports;
using Microsoft.Extensions.AI;

namespace LlmWatch.Core.Judge;

/// <summary>
/// The judge model over <see cref="IChatClient"/>: Bedrock Converse in production, any OpenAI-compatible endpoint
/// offline. Deterministic settings (temperature 0) and a small output cap: a verdict is a few hundred tokens.
/// </summary>
public sealed class ChatClientJudgeModel(IChatClient client, string modelId, int maxOutputTokens = JudgePrompt.MaxOutputTokens) : IJudgeModel
{
    public string ModelId => modelId;

    public async Task<JudgeCompletion> CompleteAsync(JudgePrompt prompt, CancellationToken cancellationToken)
    {
        ChatMessage[] messages = [new(ChatRole.System, prompt.System), new(ChatRole.User, prompt.User)];
        var options = new ChatOptions { ModelId = modelId, Temperature = 0, MaxOutputTokens = maxOutputTokens };
        var response = await client.GetResponseAsync(messages, options, cancellationToken);
        return new JudgeCompletion(response.Text, response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount);
    }
}
