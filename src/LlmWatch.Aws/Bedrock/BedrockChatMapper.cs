using Microsoft.Extensions.AI;

namespace LlmWatch.Aws.Bedrock;

/// <summary>Maps Microsoft.Extensions.AI chat messages and options to Converse, and Converse answers back.</summary>
internal static class BedrockChatMapper
{
    public static ConverseRequest ToRequest(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        List<ConverseSystemBlock> system = [];
        if (!string.IsNullOrWhiteSpace(options?.Instructions))
        {
            system.Add(new ConverseSystemBlock(options.Instructions));
        }

        List<ConverseMessage> turns = [];
        foreach (var message in messages)
        {
            var texts = message.Contents.OfType<TextContent>()
                .Where(t => !string.IsNullOrEmpty(t.Text))
                .Select(t => new ConverseContentBlock(t.Text))
                .ToList();
            if (texts.Count == 0)
            {
                continue;
            }

            if (message.Role == ChatRole.System)
            {
                system.AddRange(texts.Select(t => new ConverseSystemBlock(t.Text!)));
                continue;
            }

            var role = RoleOf(message.Role);
            // Converse wants user and assistant turns to alternate: fold consecutive same-role messages together
            if (turns.Count > 0 && turns[^1].Role == role)
            {
                turns[^1] = turns[^1] with { Content = [.. turns[^1].Content, .. texts] };
            }
            else
            {
                turns.Add(new ConverseMessage(role, texts));
            }
        }

        return new ConverseRequest
        {
            Messages = turns,
            System = system.Count > 0 ? system : null,
            InferenceConfig = InferenceConfigOf(options),
        };
    }

    public static ChatResponse ToChatResponse(ConverseResponse converse, string modelId)
    {
        ArgumentNullException.ThrowIfNull(converse);
        var additional = new AdditionalPropertiesDictionary();
        if (converse.Metrics is { } metrics)
        {
            additional[BedrockChatClient.LatencyMsKey] = metrics.LatencyMs;
        }

        if (converse.StopReason is { } stopReason)
        {
            additional[BedrockChatClient.StopReasonKey] = stopReason;
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, converse.Text()))
        {
            ModelId = modelId,
            FinishReason = FinishReasonOf(converse.StopReason),
            Usage = UsageOf(converse.Usage),
            AdditionalProperties = additional,
            RawRepresentation = converse,
        };
    }

    private static string RoleOf(ChatRole role) =>
        role == ChatRole.User ? "user"
        : role == ChatRole.Assistant ? "assistant"
        : throw new NotSupportedException($"Bedrock Converse accepts system, user and assistant messages, not '{role}'");

    private static ConverseInferenceConfig? InferenceConfigOf(ChatOptions? options)
    {
        if (options is null ||
            (options.MaxOutputTokens is null && options.Temperature is null && options.TopP is null &&
             options.StopSequences is not { Count: > 0 }))
        {
            return null;
        }

        return new ConverseInferenceConfig
        {
            MaxTokens = options.MaxOutputTokens,
            Temperature = options.Temperature,
            TopP = options.TopP,
            StopSequences = options.StopSequences is { Count: > 0 } stops ? [.. stops] : null,
        };
    }

    private static UsageDetails? UsageOf(ConverseUsage? usage) => usage is null
        ? null
        : new UsageDetails
        {
            InputTokenCount = usage.InputTokens,
            OutputTokenCount = usage.OutputTokens,
            TotalTokenCount = usage.TotalTokens,
            CachedInputTokenCount = usage.CacheReadInputTokens,
        };

    private static ChatFinishReason? FinishReasonOf(string? stopReason) => stopReason switch
    {
        null => null,
        "end_turn" or "stop_sequence" => ChatFinishReason.Stop,
        "max_tokens" or "model_context_window_exceeded" => ChatFinishReason.Length,
        "guardrail_intervened" or "content_filtered" => ChatFinishReason.ContentFilter,
        "tool_use" => ChatFinishReason.ToolCalls,
        _ => new ChatFinishReason(stopReason),
    };
}
