using System.Net.Http.Headers;
using System.Text.Json;
using LlmWatch.Aws.Errors;
using LlmWatch.Aws.Transport;

namespace LlmWatch.Aws.Bedrock;

/// <summary>Bedrock Runtime <c>Converse</c> over rest-json (stands in for AWSSDK.BedrockRuntime).</summary>
internal sealed class BedrockConverseClient
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    private readonly AwsTransport _transport;

    public BedrockConverseClient(AwsTransport transport) => _transport = transport;

    /// <summary>Base URL of the Bedrock Runtime endpoint in use.</summary>
    public Uri? Endpoint => _transport.BaseAddress;

    /// <summary>
    /// Calls <c>POST /model/{modelId}/converse</c>. <paramref name="modelId"/> may be a model id, an inference
    /// profile id or an ARN; it is URL-encoded into the path (<c>:</c> → <c>%3A</c>).
    /// </summary>
    public async Task<ConverseResponse> ConverseAsync(string modelId, ConverseRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        ArgumentNullException.ThrowIfNull(request);
        var body = JsonSerializer.SerializeToUtf8Bytes(request, BedrockJsonContext.Default.ConverseRequest);
        var path = new Uri("model/" + Uri.EscapeDataString(modelId) + "/converse", UriKind.Relative);
        var response = await _transport.SendAsync(() =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = JsonType;
            return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        }, cancellationToken);

        try
        {
            return JsonSerializer.Deserialize(response, BedrockJsonContext.Default.ConverseResponse)
                ?? throw new JsonException("empty response");
        }
        catch (JsonException e)
        {
            throw new AwsServiceException(_transport.Service, "MalformedResponse",
                $"Converse response is not the expected JSON: {e.Message}", 200, isRetryable: false, e);
        }
    }
}
