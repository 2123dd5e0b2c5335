using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LlmWatch.Functions.Serialization;

namespace LlmWatch.Functions.RuntimeApi;

/// <summary>Runtime API over plain HTTP to <c>http://$AWS_LAMBDA_RUNTIME_API/2018-06-01</c>.</summary>
internal sealed class RuntimeApiClient : IRuntimeApiClient, IDisposable
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private readonly HttpClient _http;

    public RuntimeApiClient(string hostAndPort)
    {
        // GET next blocks until an event arrives (and the environment may be frozen in between): no timeout.
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false })
        {
            BaseAddress = new Uri($"http://{hostAndPort}/2018-06-01/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<Invocation> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("runtime/invocation/next", cancellationToken);
        await EnsureAcceptedAsync(response, "next", cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new Invocation(ReadContext(response.Headers), body);
    }

    public async Task PostResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = JsonMediaType;
        using var response = await _http.PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/response", content, cancellationToken);
        await EnsureAcceptedAsync(response, "response", cancellationToken);
    }

    public Task PostErrorAsync(string requestId, ErrorRequest error, CancellationToken cancellationToken) =>
        PostErrorRequestAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", error, cancellationToken);

    public Task PostInitErrorAsync(ErrorRequest error, CancellationToken cancellationToken) =>
        PostErrorRequestAsync("runtime/init/error", error, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task PostErrorRequestAsync(string path, ErrorRequest error, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(error, FunctionJsonContext.Default.ErrorRequest));
        content.Headers.ContentType = JsonMediaType;
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TryAddWithoutValidation(RuntimeApiHeaders.FunctionErrorType, error.ErrorType);
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureAcceptedAsync(response, path, cancellationToken);
    }

    private static InvocationContext ReadContext(HttpResponseHeaders headers)
    {
        var requestId = Single(headers, RuntimeApiHeaders.RequestId)
            ?? throw new InvalidOperationException($"Runtime API sent no {RuntimeApiHeaders.RequestId} header.");
        var deadline = long.TryParse(Single(headers, RuntimeApiHeaders.DeadlineMs), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.MaxValue;
        return new InvocationContext(
            requestId,
            deadline,
            Single(headers, RuntimeApiHeaders.InvokedFunctionArn) ?? string.Empty,
            Single(headers, RuntimeApiHeaders.TraceId));
    }

    private static string? Single(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    // 500 means the container is broken (exit); other refusals (400/403/413) concern this call only.
    private static async Task EnsureAcceptedAsync(HttpResponseMessage response, string call, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        var detail = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.InternalServerError)
            throw new ContainerErrorException($"Runtime API answered 500 to {call}: {detail}");
        throw new RuntimeApiException(response.StatusCode, $"Runtime API answered {(int)response.StatusCode} to {call}: {detail}");
    }
}
