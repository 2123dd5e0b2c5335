using Microsoft.Extensions.AI;

namespace LlmWatch.Aws.Bedrock;

/// <summary>
/// Bedrock Converse as an <see cref="IChatClient"/>: system/user/assistant text messages and
/// <see cref="ChatOptions"/> (ModelId, MaxOutputTokens, Temperature, TopP, StopSequences, Instructions) in; text,
/// <see cref="UsageDetails"/>, finish reason and <c>metrics.latencyMs</c> (<see cref="LatencyMsKey"/>) out.
/// </summary>
internal sealed class BedrockChatClient : IChatClient
{
    /// <summary><see cref="ChatResponse.AdditionalProperties"/> key holding Converse <c>metrics.latencyMs</c> (long).</summary>
    public const string LatencyMsKey = "latencyMs";

    /// <summary><see cref="ChatResponse.AdditionalProperties"/> key holding the raw Converse <c>stopReason</c>.</summary>
    public const string StopReasonKey = "stopReason";

    private readonly BedrockConverseClient _converse;
    private readonly string _defaultModelId;
    private readonly ChatClientMetadata _metadata;

    public BedrockChatClient(BedrockConverseClient converse, string defaultModelId)
    {
        ArgumentNullException.ThrowIfNull(converse);
        ArgumentException.ThrowIfNullOrEmpty(defaultModelId);
        _converse = converse;
        _defaultModelId = defaultModelId;
        _metadata = new ChatClientMetadata("aws.bedrock", converse.Endpoint, defaultModelId);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var modelId = string.IsNullOrEmpty(options?.ModelId) ? _defaultModelId : options.ModelId;
        var request = BedrockChatMapper.ToRequest(messages, options);
        var response = await _converse.ConverseAsync(modelId, request, cancellationToken);
        return BedrockChatMapper.ToChatResponse(response, modelId);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages,
        ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(
            "BedrockChatClient does not implement ConverseStream; call GetResponseAsync instead.");

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // the HTTP client belongs to the factory that created the Converse client
    }
}
