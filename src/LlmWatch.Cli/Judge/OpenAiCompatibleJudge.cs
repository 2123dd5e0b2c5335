using System.ClientModel;
using LlmWatch.Core.Judge;
using LlmWatch.Core.Ports;
using Microsoft.Extensions.AI;
using OpenAI;

namespace LlmWatch.Cli.Judge;

/// <summary>The offline judge: any OpenAI-compatible <c>/chat/completions</c> endpoint through Microsoft.Extensions.AI.</summary>
internal static class OpenAiCompatibleJudge
{
    /// <param name="endpoint">Base URL including the version segment, e.g. <c>http://localhost:8080/v1</c>.</param>
    /// <param name="apiKey">Null for local servers that take none (a placeholder is sent).</param>
    public static (IJudgeModel Model, IChatClient Client) Create(Uri endpoint, string model, string? apiKey, TimeSpan timeout)
    {
        var options = new OpenAIClientOptions { Endpoint = endpoint, NetworkTimeout = timeout };
        var client = new OpenAI.Chat.ChatClient(model, new ApiKeyCredential(apiKey ?? "no-key"), options).AsIChatClient();
        return (new ChatClientJudgeModel(client, model), client);
    }
}
