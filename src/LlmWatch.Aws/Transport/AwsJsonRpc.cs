using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LlmWatch.Aws.Errors;

namespace LlmWatch.Aws.Transport;

/// <summary>
/// The AWS JSON RPC protocols (1.0 and 1.1): <c>POST /</c> with <c>X-Amz-Target: {prefix}.{Operation}</c> and a
/// source-generated JSON body; a 2xx body that is not the expected JSON is a non-retryable MalformedResponse.
/// </summary>
internal sealed class AwsJsonRpc
{
    private readonly AwsTransport _transport;
    private readonly string _targetPrefix;
    private readonly MediaTypeHeaderValue _contentType;
    private readonly bool _queryCompatible;

    /// <param name="jsonVersion"><c>1.0</c> or <c>1.1</c>.</param>
    /// <param name="queryCompatible">Send <c>x-amzn-query-mode: true</c> (awsQueryCompatible services such as CloudWatch).</param>
    public AwsJsonRpc(AwsTransport transport, string targetPrefix, string jsonVersion, bool queryCompatible)
    {
        _transport = transport;
        _targetPrefix = targetPrefix + ".";
        _contentType = new MediaTypeHeaderValue("application/x-amz-json-" + jsonVersion);
        _queryCompatible = queryCompatible;
    }

    public string Service => _transport.Service;

    public async Task<TResponse> CallAsync<TRequest, TResponse>(string operation, TRequest request,
        JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        var response = await _transport.SendAsync(() =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = _contentType;
            var message = new HttpRequestMessage(HttpMethod.Post, _transport.BaseAddress) { Content = content };
            message.Headers.Add("X-Amz-Target", _targetPrefix + operation);
            if (_queryCompatible)
            {
                // ask for the legacy query error codes in x-amzn-query-error
                message.Headers.Add("x-amzn-query-mode", "true");
            }

            return message;
        }, cancellationToken);

        try
        {
            return JsonSerializer.Deserialize(response, responseType) ?? throw new JsonException("empty response");
        }
        catch (JsonException e)
        {
            throw new AwsServiceException(_transport.Service, "MalformedResponse",
                $"{operation} response is not the expected JSON: {e.Message}", 200, isRetryable: false, e);
        }
    }
}
