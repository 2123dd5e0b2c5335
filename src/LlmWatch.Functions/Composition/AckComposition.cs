using LlmWatch.Core.OnCall.Ack;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Handlers;

namespace LlmWatch.Functions.Composition;

/// <summary>The <c>ack</c> handler (function URL): token check and the acknowledgment write.</summary>
internal static class AckComposition
{
    public static async Task<IHandler> CreateAsync(FunctionServices services, CancellationToken cancellationToken) =>
        Create(await OnCallParts.CreateAsync(services, null, cancellationToken));

    public static AckHandler Create(OnCallParts parts)
    {
        var tokens = parts.Tokens ?? throw new ConfigurationException(OnCallSettings.AckSecretVariable,
            $"Missing required setting {OnCallSettings.AckSecretVariable}.");
        return new AckHandler(new AckService(parts.Store(), tokens, parts.Options, parts.Time, parts.Log));
    }
}
