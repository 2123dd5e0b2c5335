using LlmWatch.Aws.Errors;
using Polly;

namespace LlmWatch.Aws.Transport;

/// <summary>
/// Sends requests for one service through a signed <see cref="HttpClient"/>: builds a fresh request per attempt
/// (so each attempt is re-signed), retries through the pipeline, and turns every non-2xx answer or network fault
/// into an <see cref="AwsServiceException"/> — the status is checked before the body is parsed.
/// </summary>
internal sealed class AwsTransport
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline _retry;

    public AwsTransport(HttpClient http, string service, ResiliencePipeline retry)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
        Service = service;
        _retry = retry;
    }

    public string Service { get; }

    /// <summary>Base URL requests are relative to.</summary>
    public Uri? BaseAddress => _http.BaseAddress;

    /// <summary>Sends the request <paramref name="createRequest"/> builds and returns the 2xx body.</summary>
    public async Task<byte[]> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(
            static (state, ct) => state.Transport.SendOnceAsync(state.CreateRequest, ct),
            (Transport: this, CreateRequest: createRequest),
            cancellationToken);

    private async ValueTask<byte[]> SendOnceAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        using var request = createRequest();
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new AwsServiceException(Service, "NetworkError", e.Message, 0, isRetryable: true, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout elapsed, not the caller's token
            throw new AwsServiceException(Service, "RequestTimeout", e.Message, 0, isRetryable: true, e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return body;
            }

            var status = (int)response.StatusCode;
            var (code, message) = AwsErrorReader.Read(status, response.Headers, body);
            throw new AwsServiceException(Service, code, message, status, AwsRetryableErrors.IsRetryable(code, status));
        }
    }
}
